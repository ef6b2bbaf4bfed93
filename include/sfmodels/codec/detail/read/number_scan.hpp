#ifndef SFMODELS_CODEC_DETAIL_READ_NUMBER_SCAN_HPP
#define SFMODELS_CODEC_DETAIL_READ_NUMBER_SCAN_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>

#include <bit>
#include <cstdint>

namespace sfmodels::detail::fast {

SFMODELS_FAST_INLINE unsigned digit_at(char const* p) noexcept
{
    return static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned('0');
}

// The value of the eight decimal digits at p, if they are all digits.
SFMODELS_FAST_INLINE bool eight_digits(char const* p, std::uint64_t& value) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    if constexpr (std::endian::native != std::endian::little)
        return false;
    std::uint64_t v = load64(p);
    if (((v & ones * 0xf0) ^ ones * 0x30) | (((v + ones * 0x06) & ones * 0xf0) ^ ones * 0x30))
        return false;
    v -= ones * '0';
    v = (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull;
    v = (v * 100 + (v >> 16)) & 0x0000ffff0000ffffull;
    value = (v * 10000 + (v >> 32)) & 0xffffffffull;
    return true;
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
        for (std::uint64_t eight; p - first < 11 && end - p >= 8 && eight_digits(p, eight); p += 8)
            u = u * 100000000 + eight;
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
