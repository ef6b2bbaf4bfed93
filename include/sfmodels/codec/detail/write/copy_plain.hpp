#ifndef SFMODELS_CODEC_DETAIL_WRITE_COPY_PLAIN_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_COPY_PLAIN_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/write/copy_plain_sse2.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

/* The writer's string kernel: copy a string's bytes to the output and find
   the first one a JSON string cannot hold as is ('"', '\\', a control char)
   or that needs a UTF-8 check (a byte >= 0x80), in one pass. Short strings,
   the usual case, are read and written with two overlapping loads and
   stores of 8 or 4 bytes (or 16 with SSE2), never a byte loop nor a call to
   memcpy, and never a byte outside [s, s + n) or [d, d + n). */
namespace sfmodels::detail::fast {

SFMODELS_FAST_INLINE bool plain_byte(unsigned char c) noexcept { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Strings of 0-3 bytes: s[0], s[n / 2] and s[n - 1] cover them all.
SFMODELS_FAST_INLINE std::size_t copy_plain_tiny(char* d, char const* s, std::size_t n) noexcept
{
    if (n == 0)
        return 0;
    std::size_t const mid = n / 2;
    auto const a = static_cast<unsigned char>(s[0]), b = static_cast<unsigned char>(s[mid]),
               c = static_cast<unsigned char>(s[n - 1]);
    d[0] = static_cast<char>(a), d[mid] = static_cast<char>(b), d[n - 1] = static_cast<char>(c);
    std::uint64_t const hit = special_bits64(a | std::uint64_t(b) << 8 | std::uint64_t(c) << 16) & 0x808080u;
    if (hit == 0)
        return n;
    int const j = std::countr_zero(hit) >> 3;
    return j == 0 ? 0 : j == 1 ? mid : n - 1;
}

/** Copies [s, s + n) to d, eight bytes at a time, and returns the offset of
    the first byte that is not plain, or n. Bytes from that offset on may or
    may not have been copied. Any byte order; fast on little-endian ones.
*/
SFMODELS_FAST_INLINE std::size_t copy_plain_swar(char* d, char const* s, std::size_t n) noexcept
{
    if constexpr (std::endian::native == std::endian::little) {
        if (n >= 8) {
            std::size_t i = 0;
            for (; i + 8 <= n; i += 8) {
                std::uint64_t const v = load64(s + i);
                std::memcpy(d + i, &v, 8);
                if (std::uint64_t const hit = special_bits64(v); hit != 0)
                    return i + static_cast<std::size_t>(std::countr_zero(hit) >> 3);
            }
            if (i == n)
                return n;
            // the last eight bytes, overlapping some already checked
            std::uint64_t const v = load64(s + n - 8);
            std::memcpy(d + n - 8, &v, 8);
            std::uint64_t const hit = special_bits64(v);
            return hit == 0 ? n : n - 8 + static_cast<std::size_t>(std::countr_zero(hit) >> 3);
        }
        if (n >= 4) {
            std::uint32_t const lo = load32(s), hi = load32(s + n - 4);
            std::memcpy(d, &lo, 4);
            std::memcpy(d + n - 4, &hi, 4);
            std::uint64_t const hit = special_bits64(lo | std::uint64_t(hi) << 32);
            if (hit == 0)
                return n;
            auto const k = static_cast<std::size_t>(std::countr_zero(hit) >> 3);
            return k < 4 ? k : n - 8 + k;
        }
        return copy_plain_tiny(d, s, n);
    } else {
        std::size_t i = 0;
        for (; i < n && plain_byte(static_cast<unsigned char>(s[i])); ++i)
            d[i] = s[i];
        return i;
    }
}


SFMODELS_FAST_INLINE std::size_t copy_plain(char* d, char const* s, std::size_t n) noexcept
{
#ifdef SFMODELS_SSE2
    return copy_plain_sse2(d, s, n);
#else
    return copy_plain_swar(d, s, n);
#endif
}

} // namespace sfmodels::detail::fast

#endif
