// Every byte string, decoded as an error response and as its inner error.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    return sfmodels::fuzz::run<sfmodels::fuzz::errors>(data, size);
}
