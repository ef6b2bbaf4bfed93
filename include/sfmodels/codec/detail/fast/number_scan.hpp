#ifndef SFMODELS_CODEC_DETAIL_FAST_NUMBER_SCAN_HPP
#define SFMODELS_CODEC_DETAIL_FAST_NUMBER_SCAN_HPP

#include <sfmodels/codec/detail/fast/bytes.hpp>

#include <cstdint>

namespace sfmodels::detail::fast {

SFMODELS_FAST_INLINE unsigned digit_at(char const* p) noexcept
{
    return static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned('0');
}

/** Reads `-?(0|[1-9][0-9]*)` of at most 18 digits at p: an integer that both
    parse_int64 and Boost.JSON's on_int64 give exactly. Returns the first byte
    after it, which may still be anything; nullptr for anything else, including
    a following fraction or exponent.
*/
SFMODELS_FAST_INLINE char const* read_integer(char const* p, char const* end, std::int64_t& out) noexcept
{
    bool const negative = *p == '-';
    p += negative;
    if (p == end)
        return nullptr;
    unsigned d = digit_at(p);
    if (d > 9)
        return nullptr;
    std::uint64_t u = d;
    char const* const first = p++;
    if (d != 0) {
        while (p != end && (d = digit_at(p)) <= 9) {
            u = u * 10 + d;
            ++p;
        }
        if (p - first > 18)
            return nullptr;
    }
    if (p != end && (*p == '.' || (*p | 0x20) == 'e'))
        return nullptr;
    out = static_cast<std::int64_t>(negative ? 0 - u : u);
    return p;
}

/** Skips a JSON number at p as Boost.JSON accepts it,
    `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, with at most six exponent
    digits so that no exponent can overflow; nullptr otherwise.
*/
inline char const* skip_number(char const* p, char const* end) noexcept
{
    auto digits = [&]() noexcept {
        char const* const first = p;
        while (p != end && digit_at(p) <= 9)
            ++p;
        return p - first;
    };
    if (*p == '-' && ++p == end)
        return nullptr;
    if (*p == '0')
        ++p;
    else if (digits() == 0)
        return nullptr;
    if (p != end && *p == '.') {
        ++p;
        if (digits() == 0)
            return nullptr;
    }
    if (p != end && (*p | 0x20) == 'e') {
        if (++p != end && (*p == '+' || *p == '-'))
            ++p;
        auto const n = digits();
        if (n == 0 || n > 6)
            return nullptr;
    }
    return p;
}

} // namespace sfmodels::detail::fast

#endif
