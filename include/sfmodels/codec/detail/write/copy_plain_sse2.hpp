#ifndef SFMODELS_CODEC_DETAIL_WRITE_COPY_PLAIN_SSE2_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_COPY_PLAIN_SSE2_HPP

// copy_plain's SSE2 kernels, sixteen bytes at a time: one for each range of
// lengths, so that a caller who knows the length takes in only its own.
// Their portable twins are in copy_plain.hpp.

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/detail/sse2.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace sfmodels::detail::fast {

#ifdef SFMODELS_SSE2
// The bits of _mm_movemask_epi8 for the bytes of v that are not plain.
SFMODELS_FAST_INLINE unsigned special_mask16(__m128i v) noexcept
{
    __m128i const quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    // signed compare: below 0x20 also catches every byte >= 0x80
    __m128i const hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                     _mm_cmplt_epi8(v, space));
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
}

// copy_plain_sse2 for 16 <= n <= 32: the first sixteen bytes and the last
// sixteen, overlapping.
SFMODELS_FAST_INLINE std::size_t copy_plain_sse2_mid(char* d, char const* s, std::size_t n) noexcept
{
    __m128i const head = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s));
    __m128i const tail = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s + n - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d), head);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + n - 16), tail);
    unsigned const m = special_mask16(head) | special_mask16(tail) << 16;
    if (m == 0)
        return n;
    auto const k = static_cast<std::size_t>(std::countr_zero(m));
    return k < 16 ? k : n - 32 + k;
}

// copy_plain_sse2 for n > 32: up to 48 in three copies, the last
// overlapping the ones before, and one test; else sixteen bytes at a time.
SFMODELS_FAST_INLINE std::size_t copy_plain_sse2_long(char* d, char const* s, std::size_t n) noexcept
{
    if (n <= 48) {
        __m128i const a = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s));
        __m128i const b = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s + 16));
        __m128i const c = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s + n - 16));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d), a);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + 16), b);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + n - 16), c);
        std::uint64_t const m =
            special_mask16(a) | special_mask16(b) << 16 | std::uint64_t(special_mask16(c)) << 32;
        if (m == 0)
            return n;
        auto const k = static_cast<std::size_t>(std::countr_zero(m));
        return k < 32 ? k : n - 48 + k;
    }
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s + i));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + i), v);
        if (unsigned const m = special_mask16(v); m != 0)
            return i + static_cast<std::size_t>(std::countr_zero(m));
    }
    if (i == n)
        return n;
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s + n - 16));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d + n - 16), v);
    unsigned const m = special_mask16(v);
    return m == 0 ? n : n - 16 + static_cast<std::size_t>(std::countr_zero(m));
}

// copy_plain_swar, sixteen bytes at a time.
SFMODELS_FAST_INLINE std::size_t copy_plain_sse2(char* d, char const* s, std::size_t n) noexcept
{
    if (n >= 16) {
        if (n <= 32)
            return copy_plain_sse2_mid(d, s, n);
        return copy_plain_sse2_long(d, s, n);
    }
    if (n >= 8) {
        __m128i const lo = _mm_loadl_epi64(reinterpret_cast<__m128i const*>(s));
        __m128i const hi = _mm_loadl_epi64(reinterpret_cast<__m128i const*>(s + n - 8));
        _mm_storel_epi64(reinterpret_cast<__m128i*>(d), lo);
        _mm_storel_epi64(reinterpret_cast<__m128i*>(d + n - 8), hi);
        unsigned const m = special_mask16(_mm_unpacklo_epi64(lo, hi));
        if (m == 0)
            return n;
        auto const k = static_cast<std::size_t>(std::countr_zero(m));
        return k < 8 ? k : n - 16 + k;
    }
    if (n >= 4) {
        std::uint32_t const lo = load32(s), hi = load32(s + n - 4);
        std::memcpy(d, &lo, 4);
        std::memcpy(d + n - 4, &hi, 4);
        __m128i const v = _mm_unpacklo_epi32(_mm_cvtsi32_si128(static_cast<int>(lo)), _mm_cvtsi32_si128(static_cast<int>(hi)));
        unsigned const m = special_mask16(v) & 0xffu;
        if (m == 0)
            return n;
        auto const k = static_cast<std::size_t>(std::countr_zero(m));
        return k < 4 ? k : n - 8 + k;
    }
    if (n == 0)
        return 0;
    std::size_t const mid = n / 2;
    auto const a = static_cast<unsigned char>(s[0]), b = static_cast<unsigned char>(s[mid]),
               c = static_cast<unsigned char>(s[n - 1]);
    d[0] = static_cast<char>(a), d[mid] = static_cast<char>(b), d[n - 1] = static_cast<char>(c);
    unsigned const m = special_mask16(_mm_cvtsi32_si128(static_cast<int>(a | b << 8 | c << 16))) & 7u;
    if (m == 0)
        return n;
    int const j = std::countr_zero(m);
    return j == 0 ? 0 : j == 1 ? mid : n - 1;
}
#endif

} // namespace sfmodels::detail::fast

#endif
