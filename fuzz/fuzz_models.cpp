// Every byte string, decoded as the definition its first line names: any of
// the specification's models, through the type table (see model_check.hpp).
#include "model_check.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    using namespace sfmodels::fuzz;
    model_input const in = split_input({reinterpret_cast<char const*>(data), size});
    sfmodels::dynamic::type_entry const& type = pick_type(in.name);
    if (std::string const failure = check_model(type, in.document, in.prior); !failure.empty()) {
        std::fprintf(stderr, "sfmodels: %.*s: %s\n", static_cast<int>(type.name.size()), type.name.data(),
                     failure.c_str());
        std::abort();
    }
    return 0;
}
