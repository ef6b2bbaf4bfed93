// Every byte string, decoded as each model of the test family that has every
// shape of the specification: families three deep, open and closed, families
// inside kinds, a recursive type, maps, free-form JSON and every scalar kind.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    return sfmodels::fuzz::run<sfmodels::fuzz::shapes>(data, size);
}
