// Every byte string, decoded as each backup/restore model.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    return sfmodels::fuzz::run<sfmodels::fuzz::backup_restore>(data, size);
}
