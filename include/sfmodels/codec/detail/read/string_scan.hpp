#ifndef SFMODELS_CODEC_DETAIL_READ_STRING_SCAN_HPP
#define SFMODELS_CODEC_DETAIL_READ_STRING_SCAN_HPP

#include <sfmodels/codec/detail/write/escape.hpp>
#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/detail/text/uuid.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sfmodels::detail::fast {

// A string byte that ends a plain run: '"', '\\', a control char or a non-ASCII byte.
SFMODELS_FAST_INLINE bool is_special(char c) noexcept
{
    auto const u = static_cast<unsigned char>(c);
    return u < 0x20 || u >= 0x80 || c == '"' || c == '\\';
}

// The first special byte in [p, end), eight bytes at a time; end if none.
SFMODELS_FAST_INLINE char const* find_special_swar(char const* p, char const* end) noexcept
{
    if constexpr (std::endian::native == std::endian::little) {
        while (end - p >= 8) {
            if (std::uint64_t const hit = special_bits64(load64(p)); hit != 0)
                return p + (std::countr_zero(hit) >> 3);
            p += 8;
        }
    }
    while (p != end && !is_special(*p))
        ++p;
    return p;
}

SFMODELS_FAST_INLINE char const* find_special(char const* p, char const* end) noexcept
{
#ifdef SFMODELS_SSE2
    __m128i const quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        // signed compare: below 0x20 also catches every byte >= 0x80
        __m128i const hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmplt_epi8(v, space));
        if (int const m = _mm_movemask_epi8(hit); m != 0)
            return p + std::countr_zero(static_cast<unsigned>(m));
        p += 16;
    }
    while (p != end && !is_special(*p))
        ++p;
    return p;
#else
    return find_special_swar(p, end);
#endif
}

// The value of four hex digits, or -1.
SFMODELS_FAST_INLINE int hex4(char const* p) noexcept
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        unsigned const d = hex_digit_values[static_cast<unsigned char>(p[i])];
        v = v << 4 | static_cast<int>(d);
        if (d > 15)
            return -1;
    }
    return v;
}

// The end of the escape sequence at p (a backslash), or nullptr when Boost.JSON
// rejects it: an unknown escape, too few hex digits, or a lone surrogate.
inline char const* skip_escape(char const* p, char const* end) noexcept
{
    if (end - p < 2)
        return nullptr;
    switch (p[1]) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        return p + 2;
    case 'u':
        break;
    default:
        return nullptr;
    }
    if (end - p < 6)
        return nullptr;
    int const u1 = hex4(p + 2);
    if (u1 < 0xd800 || u1 > 0xdfff)
        return u1 < 0 ? nullptr : p + 6;
    if (u1 > 0xdbff || end - p < 12 || p[6] != '\\' || p[7] != 'u')
        return nullptr;
    int const u2 = hex4(p + 8);
    return u2 >= 0xdc00 && u2 <= 0xdfff ? p + 12 : nullptr;
}

/** Scans the rest of a string from p (inside it) to its closing quote, which it
    returns; nullptr if Boost.JSON would reject the string (invalid UTF-8, a bad
    escape, a control char) or it is unterminated. Sets `escaped` on a backslash.
*/
inline char const* scan_string(char const* p, char const* end, bool& escaped) noexcept
{
    for (;;) {
        p = find_special(p, end);
        if (p == end)
            return nullptr;
        char const c = *p;
        if (c == '"')
            return p;
        if (c == '\\') {
            escaped = true;
            p = skip_escape(p, end);
            if (!p)
                return nullptr;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t const n = utf8_sequence(std::string_view(p, static_cast<std::size_t>(end - p)), 0);
            if (n == 0)
                return nullptr;
            p += n;
        } else
            return nullptr;
    }
}

SFMODELS_FAST_INLINE char* put_utf8(char* out, unsigned cp) noexcept
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xc0 | cp >> 6);
        *out++ = static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xe0 | cp >> 12);
        *out++ = static_cast<char>(0x80 | (cp >> 6 & 0x3f));
        *out++ = static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        *out++ = static_cast<char>(0xf0 | cp >> 18);
        *out++ = static_cast<char>(0x80 | (cp >> 12 & 0x3f));
        *out++ = static_cast<char>(0x80 | (cp >> 6 & 0x3f));
        *out++ = static_cast<char>(0x80 | (cp & 0x3f));
    }
    return out;
}

// The first backslash in [p, end), or end.
SFMODELS_FAST_INLINE char const* find_backslash(char const* p, char const* end) noexcept
{
#ifdef SFMODELS_SSE2
    __m128i const backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
        if (int const m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash)); m != 0)
            return p + std::countr_zero(static_cast<unsigned>(m));
        p += 16;
    }
#endif
    while (p != end && *p != '\\')
        ++p;
    return p;
}

// Writes the text of the escape at p (checked by skip_escape) to out; returns the end written.
SFMODELS_FAST_INLINE char* put_escape(char const* p, char* out) noexcept
{
    switch (p[1]) {
    case 'b': *out++ = '\b'; break;
    case 'f': *out++ = '\f'; break;
    case 'n': *out++ = '\n'; break;
    case 'r': *out++ = '\r'; break;
    case 't': *out++ = '\t'; break;
    case 'u': {
        auto cp = static_cast<unsigned>(hex4(p + 2));
        if (cp >= 0xd800 && cp <= 0xdbff)
            cp = 0x10000 + ((cp - 0xd800) << 10) + (static_cast<unsigned>(hex4(p + 8)) - 0xdc00);
        out = put_utf8(out, cp);
        break;
    }
    default: *out++ = p[1]; break;   // '"', '\\', '/'
    }
    return out;
}

// Writes the text of the string body [p, last), already checked by
// scan_string, to out (room for last - p bytes); returns the end written.
inline char* unescape(char const* p, char const* last, char* out) noexcept
{
    for (;;) {
        char const* const run = find_backslash(p, last);
        std::memcpy(out, p, static_cast<std::size_t>(run - p));
        out += run - p;
        if (run == last)
            return out;
        out = put_escape(run, out);
        p = skip_escape(run, last);
    }
}

/** Scans the string from p (after its opening quote), checking it like
    scan_string, and writes its text to [out, out_end) in the same pass.
    Returns the position after the closing quote and sets `size`, or nullptr
    if the string is invalid or its text does not fit.
*/
inline char const* copy_string(char const* p, char const* end, char* const out, char* const out_end,
                               std::size_t& size) noexcept
{
    char* o = out;
#ifdef SFMODELS_SSE2
    // at least as many bytes as this are left both to read and to write when
    // p is `first`; fewer by p - first later, as the text never runs ahead of
    // the input (an escape writes fewer bytes than it reads)
    char const* const first = p;
    std::ptrdiff_t const room = std::min(end - p, out_end - o) - 16;
#endif
    for (;;) {
#ifdef SFMODELS_SSE2
        __m128i const quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
        // 16 bytes at a time
        while (p - first <= room) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o), v);
            __m128i const hit = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), _mm_cmplt_epi8(v, space));
            if (int const m = _mm_movemask_epi8(hit); m != 0) {
                auto const k = std::countr_zero(static_cast<unsigned>(m));
                p += k;
                o += k;
                goto special;
            }
            p += 16;
            o += 16;
        }
#endif
        // what is left, eight bytes at a time, then a byte at a time
        if constexpr (std::endian::native == std::endian::little) {
            while (end - p >= 8 && out_end - o >= 8) {
                std::uint64_t const v = load64(p);
                std::memcpy(o, &v, 8);
                if (std::uint64_t const hit = special_bits64(v); hit != 0) {
                    auto const k = std::countr_zero(hit) >> 3;
                    p += k;
                    o += k;
                    goto special;
                }
                p += 8;
                o += 8;
            }
        }
        while (p != end && !is_special(*p)) {
            if (o == out_end)
                return nullptr;
            *o++ = *p++;
        }
        if (p == end)
            return nullptr;
    special:
        if (*p == '"') {
            size = static_cast<std::size_t>(o - out);
            return p + 1;
        }
        if (out_end - o < 4)
            return nullptr;
        if (*p == '\\') {
            // the escapes of paths and quotes first: the byte itself
            if (char const e = end - p >= 2 ? p[1] : '\0'; e == '\\' || e == '"' || e == '/') {
                *o++ = e;
                p += 2;
                continue;
            }
            char const* const next = skip_escape(p, end);
            if (!next)
                return nullptr;
            o = put_escape(p, o);
            p = next;
        } else if (static_cast<unsigned char>(*p) >= 0x80) {
            std::size_t const n = utf8_sequence(std::string_view(p, static_cast<std::size_t>(end - p)), 0);
            if (n == 0)
                return nullptr;
            for (std::size_t i = 0; i < n; ++i)
                *o++ = *p++;
        } else
            return nullptr;
    }
}

} // namespace sfmodels::detail::fast

#endif
