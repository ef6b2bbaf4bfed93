#ifndef SFMODELS_CODEC_DETAIL_READ_BYTES_HPP
#define SFMODELS_CODEC_DETAIL_READ_BYTES_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

#include <sfmodels/detail/inline.hpp>
#include <sfmodels/detail/sse2.hpp>

// Byte-level helpers of the whole-buffer decoder. Every reader takes the
// position p and the end of the document, and returns the position after what
// it read, or nullptr to hand the document to the reference decoder.
namespace sfmodels::detail::fast {

SFMODELS_FAST_INLINE std::uint64_t load64(char const* p) noexcept
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

SFMODELS_FAST_INLINE std::uint32_t load32(char const* p) noexcept
{
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

/** Copies n bytes, 16 or more, from p to d (which do not overlap). Up to 128
    bytes, 16 at a time, the last 16 overlapping the ones before, rather than
    calling the library's memcpy, which costs more than the copy at that size.
*/
SFMODELS_FAST_INLINE void copy_bytes(char* d, char const* p, std::size_t n) noexcept
{
#ifdef SFMODELS_SSE2
    if (n <= 128) {
        for (std::size_t i = 0; i + 16 < n; i += 16)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(d + i), _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + i)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(d + n - 16),
                         _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + n - 16)));
        return;
    }
#endif
    std::memcpy(d, p, n);
}

// a[0, N) == b[0, N) for a size known at compile time, in whole-word compares.
template<std::size_t N>
SFMODELS_FAST_INLINE bool equal_fixed(char const* a, char const* b) noexcept
{
    if constexpr (N >= 8) {
        std::uint64_t diff = 0;
        for (std::size_t i = 0; i + 8 <= N; i += 8)
            diff |= load64(a + i) ^ load64(b + i);
        if constexpr (N % 8 != 0)
            diff |= load64(a + N - 8) ^ load64(b + N - 8);
        return diff == 0;
    } else if constexpr (N >= 4) {
        return ((load32(a) ^ load32(b)) | (load32(a + N - 4) ^ load32(b + N - 4))) == 0;
    } else {
        bool same = true;
        for (std::size_t i = 0; i < N; ++i)
            same &= a[i] == b[i];
        return same;
    }
}

// a[0, n) == b[0, n) where both hold at least n readable bytes.
SFMODELS_FAST_INLINE bool equal_bytes(char const* a, char const* b, std::size_t n) noexcept
{
    if (n >= 8) {
        std::uint64_t diff = load64(a + n - 8) ^ load64(b + n - 8);
        for (std::size_t i = 0; i + 8 <= n; i += 8)
            diff |= load64(a + i) ^ load64(b + i);
        return diff == 0;
    }
    if (n >= 4)
        return ((load32(a) ^ load32(b)) | (load32(a + n - 4) ^ load32(b + n - 4))) == 0;
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

// The high bit of each byte of v that a JSON string cannot hold as it is
// ('"', '\\', a control char) or that starts UTF-8 (0x80 and above); the
// lowest one is exact (a borrow only flags a byte above a true hit).
SFMODELS_FAST_INLINE std::uint64_t special_bits64(std::uint64_t v) noexcept
{
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    std::uint64_t const q = v ^ (ones * '"'), b = v ^ (ones * '\\');
    return (((q - ones) & ~q) | ((b - ones) & ~b) | ((v - ones * 0x20) & ~v) | v) & highs;
}

// JSON whitespace, exactly as Boost.JSON reads it: space, tab, CR and LF.
SFMODELS_FAST_INLINE bool is_ws(char c) noexcept
{
    constexpr std::uint64_t ws = (1ull << ' ') | (1ull << '\t') | (1ull << '\n') | (1ull << '\r');
    auto const u = static_cast<unsigned char>(c);
    return u <= ' ' && (ws >> u & 1) != 0;
}

SFMODELS_FAST_INLINE char const* skip_ws(char const* p, char const* end) noexcept
{
    while (p != end && is_ws(*p))
        ++p;
    return p;
}

} // namespace sfmodels::detail::fast

#endif
