// Every byte string, decoded as one fault operation and as the bare array that lists them.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    return sfmodels::fuzz::run<sfmodels::fuzz::operation_status>(data, size);
}
