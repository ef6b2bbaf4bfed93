// Every byte string, decoded as each fault-analysis progress and result model.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    return sfmodels::fuzz::run<sfmodels::fuzz::faults>(data, size);
}
