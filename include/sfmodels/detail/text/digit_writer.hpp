#ifndef SFMODELS_DETAIL_TEXT_DIGIT_WRITER_HPP
#define SFMODELS_DETAIL_TEXT_DIGIT_WRITER_HPP

// Decimal digits without a division per digit: eight at a time in the lanes
// of a 64-bit word, sixteen at a time in an SSE2 register where there is one.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include <sfmodels/detail/sse2.hpp>

namespace sfmodels::detail {

// "00" "01" ... "99"
inline constexpr char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

namespace integer_swar {

inline constexpr std::uint64_t ascii_zeros = 0x3030303030303030ull;

// The eight decimal digits of x < 10^8 as the values 0-9, most significant in the lowest byte.
inline std::uint64_t eight_digits(std::uint64_t x) noexcept
{
    auto const x32 = static_cast<std::uint32_t>(x);                     // 32-bit division: cheaper
    std::uint64_t v = x32 / 10000 | std::uint64_t(x32 % 10000) << 32;   // two 32-bit lanes below 10^4
    std::uint64_t const hundreds = (v * 10486 >> 20) & 0x0000007f0000007full;
    v = hundreds | (v - hundreds * 100) << 16;                          // four 16-bit lanes below 100
    std::uint64_t const tens = (v * 103 >> 10) & 0x000f000f000f000full;
    return tens | (v - tens * 10) << 8;                                 // eight bytes below 10
}

// The text of hi and of lo (each below 10^8), eight digits each, most significant first.
struct sixteen_text
{
    std::uint64_t high;
    std::uint64_t low;
};

inline sixteen_text sixteen_digits_swar(std::uint32_t hi, std::uint32_t lo) noexcept
{
    return {eight_digits(hi) + ascii_zeros, eight_digits(lo) + ascii_zeros};
}

#ifdef SFMODELS_SSE2
/* sixteen_digits_swar in one register: each 64-bit lane splits its number
   into two groups of four digits, each group is spread over four 16-bit
   lanes, and one multiply-high per lane keeps its first 1, 2, 3 or 4 digits
   (after Wojciech Mula's and Milo Yip's SSE2 conversions). */
inline sixteen_text sixteen_digits_sse2(std::uint32_t hi, std::uint32_t lo) noexcept
{
    __m128i const x = _mm_set_epi64x(lo, hi);
    __m128i const q = _mm_srli_epi64(_mm_mul_epu32(x, _mm_set1_epi32(static_cast<int>(0xd1b71759u))), 45);
    __m128i const r = _mm_sub_epi32(x, _mm_mul_epu32(q, _mm_set1_epi32(10000)));
    // 16-bit lanes: 4 * [hi / 10^4, hi % 10^4, lo / 10^4, lo % 10^4], then each group four times
    __m128i const groups =
        _mm_slli_epi16(_mm_shuffle_epi32(_mm_or_si128(q, _mm_slli_epi64(r, 16)), _MM_SHUFFLE(3, 1, 2, 0)), 2);
    __m128i const pairs = _mm_unpacklo_epi16(groups, groups);
    __m128i const mul = _mm_set_epi16(-32768, 13108, 5243, 8389, -32768, 13108, 5243, 8389);
    __m128i const shift = _mm_set_epi16(-32768, 1 << 13, 1 << 11, 1 << 7, -32768, 1 << 13, 1 << 11, 1 << 7);
    __m128i const ten = _mm_set1_epi16(10);
    auto const digits = [&](__m128i g) noexcept {
        // a, ab, abc, abcd for the group abcd; minus ten times the lane before: a, b, c, d
        __m128i const lead = _mm_mulhi_epu16(_mm_mulhi_epu16(g, mul), shift);
        return _mm_sub_epi16(lead, _mm_slli_epi64(_mm_mullo_epi16(lead, ten), 16));
    };
    __m128i const text = _mm_add_epi8(_mm_packus_epi16(digits(_mm_unpacklo_epi32(pairs, pairs)),
                                                       digits(_mm_unpackhi_epi32(pairs, pairs))),
                                      _mm_set1_epi8('0'));
    return {static_cast<std::uint64_t>(_mm_cvtsi128_si64(text)),
            static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(text, text)))};
}
#endif

inline sixteen_text sixteen_digits(std::uint32_t hi, std::uint32_t lo) noexcept
{
#ifdef SFMODELS_SSE2
    return sixteen_digits_sse2(hi, lo);
#else
    return sixteen_digits_swar(hi, lo);
#endif
}

// Writes x < 10^8 without leading zeros; writes 8 bytes, returns the end of the digits.
inline char* write_leading(std::uint64_t x, char* out) noexcept
{
    std::uint64_t const d = eight_digits(x);
    int const zeros = std::countr_zero(d | std::uint64_t(1) << 56) / 8;  // 0 keeps its last digit
    std::uint64_t const text = (d + ascii_zeros) >> (8 * zeros);
    std::memcpy(out, &text, 8);
    return out + 8 - zeros;
}

inline char* write_eight(std::uint64_t x, char* out) noexcept
{
    std::uint64_t const text = eight_digits(x) + ascii_zeros;
    std::memcpy(out, &text, 8);
    return out + 8;
}

// Writes hi * 10^8 + lo (1 <= hi < 10^8, lo < 10^8) without leading zeros; writes 16 bytes.
inline char* write_sixteen_leading(std::uint32_t hi, std::uint32_t lo, char* out) noexcept
{
    sixteen_text const t = sixteen_digits(hi, lo);
    int const zeros = std::countr_zero(t.high ^ ascii_zeros) / 8;   // hi > 0: below 8
    std::uint64_t const head = t.high >> (8 * zeros);
    std::memcpy(out, &head, 8);
    std::memcpy(out + 8 - zeros, &t.low, 8);
    return out + 16 - zeros;
}

/** Writes 0 < f < 10^7 as the seven digits after a decimal point, without
    their trailing zeros (a fraction of a second in ticks); stores nothing
    past the last digit, which it returns the end of. Little endian only.
*/
inline char* write_fraction_seven(std::uint32_t f, char* out) noexcept
{
    std::uint64_t const d = eight_digits(f) >> 8;   // most significant in the low byte
    auto const width = 8 - static_cast<unsigned>(std::countl_zero(d)) / 8;
    std::uint64_t const text = d + (ascii_zeros >> 8);
    if(width >= 4)
    {
        // the first four digits and the last four, overlapping
        auto const head = static_cast<std::uint32_t>(text);
        auto const tail = static_cast<std::uint32_t>(text >> (8 * (width - 4)));
        std::memcpy(out, &head, 4);
        std::memcpy(out + width - 4, &tail, 4);
    }
    else
        for(unsigned i = 0; i < width; ++i)
            out[i] = static_cast<char>(text >> (8 * i));
    return out + width;
}

// Writes v < 100 without a leading zero.
inline char* write_two(unsigned v, char* out) noexcept
{
    if(v < 10)
    {
        *out = static_cast<char>('0' + v);
        return out + 1;
    }
    std::memcpy(out, digit_pairs + 2 * v, 2);
    return out + 2;
}

// Writes v < 10^4 without leading zeros, from the table of pairs.
inline char* write_four(unsigned v, char* out) noexcept
{
    if(v < 100)
        return write_two(v, out);
    unsigned const high = v / 100;
    out = write_two(high, out);
    std::memcpy(out, digit_pairs + 2 * (v - 100 * high), 2);
    return out + 2;
}

/** Writes u in decimal, storing up to 7 bytes past the digits (little
    endian only): up to four digits from a table of pairs, up to eight in
    one word, up to sixteen in one register.
*/
inline char* write_unsigned(std::uint64_t u, char* p) noexcept
{
    constexpr std::uint64_t e8 = 100000000, e16 = e8 * e8;
    if(u < e8)
        return u < 10000 ? write_four(static_cast<unsigned>(u), p) : write_leading(u, p);
    if(u < 100 * e8)   // nine or ten digits
        return write_eight(u % e8, write_two(static_cast<unsigned>(u / e8), p));
    if(u < e16)
        return write_sixteen_leading(static_cast<std::uint32_t>(u / e8), static_cast<std::uint32_t>(u % e8), p);
    auto const top = static_cast<unsigned>(u / e16);   // below 1845
    u %= e16;
    p = write_four(top, p);
    sixteen_text const t = sixteen_digits(static_cast<std::uint32_t>(u / e8), static_cast<std::uint32_t>(u % e8));
    std::memcpy(p, &t.high, 8);
    std::memcpy(p + 8, &t.low, 8);
    return p + 16;
}

} // namespace integer_swar

} // namespace sfmodels::detail

#endif
