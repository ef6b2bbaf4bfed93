#include "text.hpp"

#include <cstdio>

namespace sfmodels::bench {

std::string make_uuid(std::uint64_t seed)
{
    // the same ids as the payloads of earlier results had, so that their bytes stay put
    std::uint64_t x = seed * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull;
    auto next = [&x] {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdull;
        x ^= x >> 29;
        return x;
    };
    std::uint64_t const a = next(), b = next();
    char text[37];
    std::snprintf(text, sizeof text, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>(a >> 16 & 0xffff), static_cast<unsigned>(a & 0xffff),
                  static_cast<unsigned>(b >> 48), static_cast<unsigned long long>(b & 0xffffffffffffull));
    return text;
}

char const* node_type(std::uint64_t i)
{
    return i % 10 == 0 ? "SystemNodes" : i % 10 <= 5 ? "FrontEnd" : "BackEnd";
}

std::string node_name(std::uint64_t i)
{
    std::uint64_t const d = i % 10;
    std::uint64_t const in_type = d == 0 ? i / 10 : d <= 5 ? i / 10 * 5 + d - 1 : i / 10 * 4 + d - 6;
    return "_" + std::string(node_type(i)) + "_" + std::to_string(in_type);
}

std::string make_node_id(std::uint64_t seed)
{
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(mix(seed)),
                  static_cast<unsigned long long>(mix(~seed)));
    return text;
}

std::string utc_time(std::uint64_t seconds, std::uint32_t fraction)
{
    char text[40];
    int n = std::snprintf(text, sizeof text, "2024-03-%02uT%02u:%02u:%02u", static_cast<unsigned>(1 + seconds / 86400),
                          static_cast<unsigned>(seconds / 3600 % 24), static_cast<unsigned>(seconds / 60 % 60),
                          static_cast<unsigned>(seconds % 60));
    if (fraction != 0) {
        n += std::snprintf(text + n, sizeof text - n, ".%07u", static_cast<unsigned>(fraction));
        while (text[n - 1] == '0')
            --n;
    }
    return std::string(text, n) + 'Z';
}

std::string quarters_text(std::uint64_t quarters)
{
    static constexpr char const* fractions[] = {"", ".25", ".5", ".75"};
    return std::to_string(quarters / 4) + fractions[quarters % 4];
}

} // namespace sfmodels::bench
