#ifndef SFMODELS_CODEC_DETAIL_READ_NUMBER_SCAN_HPP
#define SFMODELS_CODEC_DETAIL_READ_NUMBER_SCAN_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>

#include <bit>
#include <cfloat>
#include <cstddef>
#include <cstdint>

namespace sfmodels::detail::fast {

SFMODELS_FAST_INLINE unsigned digit_at(char const* p) noexcept
{
    return static_cast<unsigned>(static_cast<unsigned char>(*p)) - unsigned('0');
}

inline constexpr std::uint64_t byte_ones = 0x0101010101010101ull;

// The value of the eight digits in v, each byte 0 to 9, the first (the most
// significant) in the lowest byte.
SFMODELS_FAST_INLINE std::uint64_t eight_digit_value(std::uint64_t v) noexcept
{
    v = (v * 10 + (v >> 8)) & 0x00ff00ff00ff00ffull;
    v = (v * 100 + (v >> 16)) & 0x0000ffff0000ffffull;
    return (v * 10000 + (v >> 32)) & 0xffffffffull;
}

// The value of the n (1 to 8) digits at p, with 8 bytes readable there:
// shifted up, the digits are the last of eight and zeros lead them.
SFMODELS_FAST_INLINE std::uint64_t leading_digits_value(char const* p, unsigned n) noexcept
{
    // a byte past the digits may borrow, into bytes the shift drops
    return eight_digit_value((load64(p) - byte_ones * '0') << (8 * (8 - n)));
}

/** How many of the 16 bytes at p are decimal digits before the first that is
    not; 16 if all are. Eight bytes at a time: the portable twin of digit_run16.
*/
SFMODELS_FAST_INLINE unsigned digit_run16_swar(char const* p) noexcept
{
    constexpr std::uint64_t ones = byte_ones;
    if constexpr (std::endian::native == std::endian::little) {
        for (unsigned half = 0; half < 16; half += 8) {
            std::uint64_t const v = load64(p + half);
            // a byte that is no digit has a flag byte other than zero; the
            // carry out of a byte of 0xfa or more only reaches the bytes after it
            std::uint64_t const flags =
                ((v & ones * 0xf0) ^ ones * 0x30) | (((v + ones * 0x06) & ones * 0xf0) ^ ones * 0x30);
            if (flags != 0) {
                std::uint64_t const high = (((flags & ones * 0x7f) + ones * 0x7f) | flags) & ones * 0x80;
                return half + static_cast<unsigned>(std::countr_zero(high) >> 3);
            }
        }
        return 16;
    } else {
        unsigned n = 0;
        while (n < 16 && digit_at(p + n) <= 9)
            ++n;
        return n;
    }
}

// How many of the 16 bytes at p are decimal digits before the first that is not.
SFMODELS_FAST_INLINE unsigned digit_run16(char const* p) noexcept
{
#ifdef SFMODELS_SSE2
    __m128i const v = _mm_sub_epi8(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p)), _mm_set1_epi8('0'));
    // a digit is 0 to 9 after the subtraction; every other byte, unsigned, above 9
    __m128i const digit = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(9)), v);
    auto const other = static_cast<unsigned>(_mm_movemask_epi8(digit)) ^ 0xffffu;
    return static_cast<unsigned>(std::countr_zero(other | 0x10000u));
#else
    return digit_run16_swar(p);
#endif
}

// What an integer reader read: the value, and the position after it (nullptr
// for none).
struct integer_read
{
    char const* next;
    std::uint64_t value;
};

// u continued by the digits from p on, a byte at a time, until the integer
// that starts at first has 19 digits; the caller refuses more than 18.
SFMODELS_FAST_INLINE integer_read more_digits(char const* p, char const* end, char const* first, std::uint64_t u) noexcept
{
    for (unsigned d; p != end && (d = digit_at(p)) <= 9 && p - first < 19; ++p)
        u = u * 10 + d;
    return {p, u};
}

// The end of a JSON integer at p, after its digits: nothing that makes it a
// number of another kind, a fraction or an exponent, may follow.
SFMODELS_FAST_INLINE bool integer_ends(char const* p, char const* end) noexcept
{
    return p == end || (*p != '.' && (*p | 0x20) != 'e');
}

/** read_integer's general case, a byte at a time, out of line: fewer than
    16 bytes readable, or digits beyond 16 (`first` is the first digit, u the
    value of the digits up to p). Up to 18 digits; nullptr otherwise.
*/
SFMODELS_FAST_COLD inline integer_read read_digits_bytewise(char const* first, char const* p, char const* end,
                                                             std::uint64_t u) noexcept
{
    if (p == first) {
        if (p == end || digit_at(p) > 9)
            return {nullptr, 0};
        if (*p == '0')   // a leading zero stands alone
            return {integer_ends(p + 1, end) ? p + 1 : nullptr, 0};
    }
    integer_read const r = more_digits(p, end, first, u);
    if (r.next - first > 18 || !integer_ends(r.next, end))
        return {nullptr, 0};
    return r;
}

/** Reads `-?(0|[1-9][0-9]*)` of at most 18 digits at p: an integer that both
    parse_int64 and Boost.JSON's on_int64 give exactly. Returns the first byte
    after it, which may still be anything; nullptr for anything else, including
    a following fraction or exponent. With 16 bytes readable, the digits are
    counted in one step and read as one or two groups of eight.
*/
SFMODELS_FAST_INLINE char const* read_integer(char const* p, char const* end, std::int64_t& out) noexcept
{
    bool const negative = *p == '-';
    p += negative;
    std::uint64_t u;
    if (p != end && *p == '0') {   // a leading zero stands alone
        u = 0;
        if (!integer_ends(++p, end))
            return nullptr;
    } else if (SFMODELS_LIKELY(std::endian::native == std::endian::little && end - p >= 16)) {
        unsigned const n = digit_run16(p);
        if (n == 0)
            return nullptr;
        if (n <= 8)
            u = leading_digits_value(p, n);
        else
            u = leading_digits_value(p, n - 8) * 100000000 + eight_digit_value(load64(p + n - 8) - byte_ones * '0');
        if (SFMODELS_UNLIKELY(n == 16)) {   // two digits more at most
            if (end - p < 19) {
                integer_read const r = read_digits_bytewise(p, p + 16, end, u);
                if (!r.next)
                    return nullptr;
                p = r.next;
                u = r.value;
            } else {
                unsigned const d16 = digit_at(p + 16), d17 = digit_at(p + 17);
                if (d16 > 9)
                    p += 16;
                else if (d17 > 9) {
                    u = u * 10 + d16;
                    p += 17;
                } else {
                    u = u * 100 + d16 * 10 + d17;
                    p += 18;
                    if (digit_at(p) <= 9)
                        return nullptr;
                }
                if (*p == '.' || (*p | 0x20) == 'e')
                    return nullptr;
            }
        } else {
            p += n;   // before `end`: fewer than 16 digits
            if (*p == '.' || (*p | 0x20) == 'e')
                return nullptr;
        }
    } else {
        integer_read const r = read_digits_bytewise(p, p, end, 0);
        if (!r.next)
            return nullptr;
        p = r.next;
        u = r.value;
    }
    out = static_cast<std::int64_t>(negative ? 0 - u : u);
    return p;
}

// 10^0 to 10^22: every one a double exactly.
inline constexpr double exact_powers_of_ten[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/** Reads a JSON number `-?(0|[1-9][0-9]*)(\.[0-9]+)?` at p whose value one
    exact operation gives (Clinger's fast path): a mantissa of at most 2^53
    over at most 19 digits, divided by a power of ten of at most 10^22. Both
    are exact doubles, so the quotient is the correctly rounded value, the
    one parse_double gives. Returns the first byte after the number; nullptr
    for anything else (an exponent, more digits, a malformed number), which
    the caller reads the general way.
*/
SFMODELS_FAST_INLINE char const* read_simple_double(char const* p, char const* end, double& out) noexcept
{
#if !defined(FLT_EVAL_METHOD) || FLT_EVAL_METHOD != 0
    return nullptr;   // a division in wider precision could round twice
#endif
    bool const negative = *p == '-';
    p += negative;
    if (p == end)
        return nullptr;
    char const* const first = p;
    unsigned d = digit_at(p);
    std::uint64_t m = 0;
    if (d == 0)
        ++p;   // a leading zero stands alone
    else if (d > 9)
        return nullptr;
    else
        for (; p != end && (d = digit_at(p)) <= 9; ++p)
            m = m * 10 + d;
    std::ptrdiff_t digits = p - first;
    std::ptrdiff_t scale = 0;
    if (p != end && *p == '.') {
        char const* const fraction = ++p;
        for (; p != end && (d = digit_at(p)) <= 9; ++p)
            m = m * 10 + d;
        scale = p - fraction;
        if (scale == 0)
            return nullptr;
        digits += scale;
    }
    if ((p != end && (*p | 0x20) == 'e') || digits > 19 || scale > 22 || m > (std::uint64_t(1) << 53))
        return nullptr;
    double const v = static_cast<double>(m) / exact_powers_of_ten[scale];
    out = negative ? -v : v;
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
