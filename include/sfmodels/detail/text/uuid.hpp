#ifndef SFMODELS_DETAIL_TEXT_UUID_HPP
#define SFMODELS_DETAIL_TEXT_UUID_HPP

#include <boost/uuid/uuid.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include <sfmodels/detail/sse2.hpp>

namespace sfmodels::detail {

/// Length of the 8-4-4-4-12 text form.
inline constexpr std::size_t uuid_text_size = 36;

// Position of the high hex digit of each byte in the text form.
inline constexpr std::array<std::uint8_t, 16> uuid_byte_offsets = {
    0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};

// Value of each hex digit, 0xFF for every other char.
inline constexpr std::array<std::uint8_t, 256> hex_digit_values = [] {
    std::array<std::uint8_t, 256> t{};
    for(auto& v : t)
        v = 0xFF;
    for(std::uint8_t i = 0; i < 10; ++i)
        t['0' + i] = i;
    for(std::uint8_t i = 0; i < 6; ++i)
        t['a' + i] = t['A' + i] = static_cast<std::uint8_t>(10 + i);
    return t;
}();

namespace uuid_swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ull;
inline constexpr std::uint64_t highs = 0x8080808080808080ull;

// Bytes of x (each below 0x80) within [lo, hi]: 0x80 in each such byte.
inline std::uint64_t in_range(std::uint64_t x, unsigned lo, unsigned hi) noexcept
{
    return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7f - hi)) & highs;
}

// Eight hex digits, first in the lowest byte, to four bytes; false if one is not a hex digit.
inline bool hex8(std::uint64_t v, unsigned char* out) noexcept
{
    std::uint64_t const digit = in_range(v, '0', '9');
    std::uint64_t const letter = in_range(v | ones * 0x20, 'a', 'f');
    if (((v & highs) | ((digit | letter) ^ highs)) != 0)
        return false;
    std::uint64_t n = (v & ones * 0x0f) + (letter >> 7) * 9;          // one nibble per byte
    n = ((n & 0x000f000f000f000full) << 4) | ((n >> 8) & 0x000f000f000f000full);   // one byte per 16 bits
    n = (n | n >> 8) & 0x0000ffff0000ffffull;
    n = (n | n >> 16) & 0xffffffffull;
    auto const bytes = static_cast<std::uint32_t>(n);
    std::memcpy(out, &bytes, 4);
    return true;
}

// Four bytes to eight lower-case hex digits, first digit in the lowest byte.
inline std::uint64_t hex8(unsigned char const* in) noexcept
{
    std::uint32_t bytes;
    std::memcpy(&bytes, in, 4);
    std::uint64_t x = bytes;
    x = (x | x << 16) & 0x0000ffff0000ffffull;
    x = (x | x << 8) & 0x00ff00ff00ff00ffull;
    std::uint64_t const n = ((x >> 4) & 0x000f000f000f000full) | ((x & 0x000f000f000f000full) << 8);
    std::uint64_t const letters = ((n + ones * 6) >> 4) & ones;
    return n + ones * '0' + letters * ('a' - '0' - 10);
}

inline std::uint64_t load(char const* p, std::size_t n) noexcept
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    return v;
}

#ifdef SFMODELS_SSE2
// Sixteen hex digits to eight bytes at out; false if one is not a hex digit.
inline bool hex16(__m128i v, unsigned char* out) noexcept
{
    __m128i const lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i const digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    __m128i const letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(lower, _mm_set1_epi8('f' + 1)));
    if (_mm_movemask_epi8(_mm_or_si128(digit, letter)) != 0xffff)
        return false;
    __m128i const n = _mm_add_epi8(_mm_and_si128(v, _mm_set1_epi8(0x0f)), _mm_and_si128(letter, _mm_set1_epi8(9)));
    __m128i const pairs = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(n, _mm_set1_epi16(0x00ff)), 4),
                                       _mm_srli_epi16(n, 8));
    __m128i const bytes = _mm_packus_epi16(pairs, pairs);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out), bytes);
    return true;
}

// Eight bytes to sixteen lower-case hex digits.
inline __m128i hex16(unsigned char const* in) noexcept
{
    __m128i const v = _mm_loadl_epi64(reinterpret_cast<__m128i const*>(in));
    __m128i const mask = _mm_set1_epi8(0x0f);
    __m128i const n = _mm_unpacklo_epi8(_mm_and_si128(_mm_srli_epi16(v, 4), mask), _mm_and_si128(v, mask));
    __m128i const letters = _mm_and_si128(_mm_cmpgt_epi8(n, _mm_set1_epi8(9)), _mm_set1_epi8('a' - '0' - 10));
    return _mm_add_epi8(_mm_add_epi8(n, _mm_set1_epi8('0')), letters);
}
#endif

} // namespace uuid_swar

/** Parse `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, hex digits in either case.

    Nothing else is accepted: no braces, no `urn:uuid:`, no whitespace.
    On failure `out` is left unchanged.
*/
constexpr bool
parse_uuid(std::string_view s, boost::uuids::uuid& out) noexcept
{
    if(s.size() != uuid_text_size)
        return false;
    if(!std::is_constant_evaluated() && std::endian::native == std::endian::little)
    {
        using namespace uuid_swar;
        char const* const p = s.data();
        boost::uuids::uuid r;
#ifdef SFMODELS_SSE2
        auto const word = [p](std::size_t i, std::size_t k) {
            return static_cast<long long>(load(p + i, 4) | load(p + k, 4) << 32);
        };
        bool const ok = hex16(_mm_set_epi64x(word(9, 14), static_cast<long long>(load(p, 8))), r.data) &&
                        hex16(_mm_set_epi64x(static_cast<long long>(load(p + 28, 8)), word(19, 24)), r.data + 8) &&
                        p[8] == '-' && p[13] == '-' && p[18] == '-' && p[23] == '-';
#else
        bool const ok = hex8(load(p, 8), r.data) &&
                        hex8(load(p + 9, 4) | load(p + 14, 4) << 32, r.data + 4) &&
                        hex8(load(p + 19, 4) | load(p + 24, 4) << 32, r.data + 8) &&
                        hex8(load(p + 28, 8), r.data + 12) &&
                        p[8] == '-' && p[13] == '-' && p[18] == '-' && p[23] == '-';
#endif
        if(!ok)
            return false;
        out = r;
        return true;
    }
    auto const digit = [s](std::size_t i) noexcept -> unsigned {
        return hex_digit_values[static_cast<unsigned char>(s[i])];
    };
    // Decode everything, then check once: valid digits OR together to at
    // most 0xF, and any 0xFF entry pushes the result above it.
    boost::uuids::uuid r{};
    unsigned seen = 0;
    for(std::size_t i = 0; i < 16; ++i)
    {
        unsigned const hi = digit(uuid_byte_offsets[i]);
        unsigned const lo = digit(uuid_byte_offsets[i] + 1u);
        seen |= hi | lo;
        r.data[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    unsigned const dashes = unsigned(s[8] ^ '-') | unsigned(s[13] ^ '-') |
                            unsigned(s[18] ^ '-') | unsigned(s[23] ^ '-');
    if((seen > 0xF) | (dashes != 0))
        return false;
    out = r;
    return true;
}

/// Write exactly `uuid_text_size` lower-case chars to `out`; no terminator.
constexpr void
format_uuid(boost::uuids::uuid const& u, char* out) noexcept
{
    if(!std::is_constant_evaluated() && std::endian::native == std::endian::little)
    {
        using namespace uuid_swar;
#ifdef SFMODELS_SSE2
        // straight from the registers: the last twelve digits with the four
        // before them, which the group at out + 19 then overwrites but one
        __m128i const a = hex16(u.data), b = hex16(u.data + 8);
        _mm_storel_epi64(reinterpret_cast<__m128i*>(out), a);
        auto const group = [](char* at, __m128i v) noexcept {
            auto const w = static_cast<std::uint32_t>(_mm_cvtsi128_si32(v));
            std::memcpy(at, &w, 4);
        };
        group(out + 9, _mm_srli_si128(a, 8));
        group(out + 14, _mm_srli_si128(a, 12));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 20), b);
        group(out + 19, b);
#else
        std::uint64_t const a = hex8(u.data), b = hex8(u.data + 4), c = hex8(u.data + 8), d = hex8(u.data + 12);
        std::memcpy(out, &a, 8);
        std::memcpy(out + 9, &b, 4);
        std::memcpy(out + 14, reinterpret_cast<char const*>(&b) + 4, 4);
        std::memcpy(out + 19, &c, 4);
        std::memcpy(out + 24, reinterpret_cast<char const*>(&c) + 4, 4);
        std::memcpy(out + 28, &d, 8);
#endif
        out[8] = out[13] = out[18] = out[23] = '-';
        return;
    }
    constexpr char digits[] = "0123456789abcdef";
    for(std::size_t i = 0; i < 16; ++i)
    {
        out[uuid_byte_offsets[i]] = digits[u.data[i] >> 4];
        out[uuid_byte_offsets[i] + 1u] = digits[u.data[i] & 0xF];
    }
    out[8] = out[13] = out[18] = out[23] = '-';
}

} // namespace sfmodels::detail

#endif
