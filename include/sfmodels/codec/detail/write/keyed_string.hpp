#ifndef SFMODELS_CODEC_DETAIL_WRITE_KEYED_STRING_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_KEYED_STRING_HPP

// A std::string member, key and value, with the copy its length calls for.
// Below 16 chars, the usual case, one 16-byte load and store: a std::string's
// storage always holds more than 15 chars (the short-string buffer, or an
// allocation at least that large), so the load stays inside it; its bytes
// past size() are copied to the output, where the closing quote and what
// follows overwrite them, and never looked at. Under a sanitizer, which
// rightly sees bytes past size() as out of bounds, and for a library whose
// strings may hold fewer, the exact copy of write_string_fitted is used
// instead. From 16 to 32 chars, two overlapping 16-byte copies inline; past
// that, a loop out of line.

#include <sfmodels/codec/detail/write/strings.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SFMODELS_SANITIZED_STRINGS 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SFMODELS_SANITIZED_STRINGS 1
#endif

namespace sfmodels::detail::fast {

// Whether 16 bytes from a std::string's data() are always readable: libstdc++'s
// strings (not the old copy-on-write ones) and MSVC's keep at least 15 chars
// and the terminator; libc++'s, 22 on 64-bit targets.
#if !defined(SFMODELS_SANITIZED_STRINGS) &&                                                                     \
    ((defined(__GLIBCXX__) && _GLIBCXX_USE_CXX11_ABI) || defined(_MSVC_STL_VERSION) ||                          \
     (defined(_LIBCPP_VERSION) && UINTPTR_MAX > 0xffffffffu))
inline constexpr bool string_reads_16 = true;
#else
inline constexpr bool string_reads_16 = false;
#endif

/** copy_plain for n below 16 where sixteen bytes may be read from s and
    written at d: two loads and two stores, whatever n. The bytes past n are
    copied too but not looked at.
*/
SFMODELS_FAST_INLINE std::size_t copy_plain_short_swar(char* d, char const* s, std::size_t n) noexcept
{
    if constexpr (std::endian::native == std::endian::little) {
        std::uint64_t const lo = load64(s), hi = load64(s + 8);
        std::memcpy(d, &lo, 8);
        std::memcpy(d + 8, &hi, 8);
        // a byte's bit only ever spills into the bytes above it
        std::uint64_t const below = n < 8 ? (std::uint64_t(1) << (8 * n)) - 1 : ~std::uint64_t(0);
        std::uint64_t const above = n <= 8 ? 0 : (std::uint64_t(1) << (8 * (n - 8))) - 1;
        if (std::uint64_t const h = special_bits64(lo) & below; h != 0)
            return static_cast<std::size_t>(std::countr_zero(h) >> 3);
        if (std::uint64_t const h = special_bits64(hi) & above; h != 0)
            return 8 + static_cast<std::size_t>(std::countr_zero(h) >> 3);
        return n;
    } else
        return copy_plain_swar(d, s, n);
}

#ifdef SFMODELS_SSE2
// copy_plain_short_swar in one load and one store.
SFMODELS_FAST_INLINE std::size_t copy_plain_short_sse2(char* d, char const* s, std::size_t n) noexcept
{
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(s));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(d), v);
    unsigned const m = special_mask16(v) & ((1u << n) - 1);
    return m == 0 ? n : static_cast<std::size_t>(std::countr_zero(m));
}
#endif

SFMODELS_FAST_INLINE std::size_t copy_plain_short(char* d, char const* s, std::size_t n) noexcept
{
#ifdef SFMODELS_SSE2
    return copy_plain_short_sse2(d, s, n);
#else
    return copy_plain_short_swar(d, s, n);
#endif
}

#ifdef SFMODELS_SSE2
// write_string_fitted for a string of more than 32 chars.
inline char* write_long_string_fitted(char* p, char* end, std::string_view s) noexcept
{
    std::size_t const n = s.size();
    *p = '"';
    std::size_t const k = copy_plain_sse2_long(p + 1, s.data(), n);
    if (SFMODELS_LIKELY(k == n)) {
        p[n + 1] = '"';
        return p + n + 2;
    }
    return write_string_rest(p + 1 + k, end, s.data() + k, s.data() + n);
}
#endif

/** Key, a constant of KeySize chars (`,"Name":`), then s quoted and
    escaped as write_string writes it. Returns the end written, or nullptr.
*/
template<std::size_t KeySize>
SFMODELS_FAST_INLINE char* write_keyed_string(char* p, char* end, char const* key, std::string const& s) noexcept
{
    std::size_t const n = s.size();
#ifdef SFMODELS_SSE2
    if (n >= 16) {
        if (end - p < static_cast<std::ptrdiff_t>(KeySize + n + 2))
            return nullptr;
        std::memcpy(p, key, KeySize);
        p += KeySize;
        if (n > 32)
            return write_long_string_fitted(p, end, s);
        *p = '"';
        std::size_t const k = copy_plain_sse2_mid(p + 1, s.data(), n);
        if (SFMODELS_LIKELY(k == n)) {
            p[n + 1] = '"';
            return p + n + 2;
        }
        return write_string_rest(p + 1 + k, end, s.data() + k, s.data() + n);
    }
#endif
    if constexpr (string_reads_16)
        if (SFMODELS_LIKELY(n < 16 && end - p >= static_cast<std::ptrdiff_t>(KeySize + 17))) {
            std::memcpy(p, key, KeySize);
            p += KeySize;
            *p = '"';
            std::size_t const k = copy_plain_short(p + 1, s.data(), n);
            if (SFMODELS_LIKELY(k == n)) {
                p[n + 1] = '"';
                return p + n + 2;
            }
            return write_string_rest(p + 1 + k, end, s.data() + k, s.data() + n);
        }
    if (end - p < static_cast<std::ptrdiff_t>(KeySize + n + 2))
        return nullptr;
    std::memcpy(p, key, KeySize);
    return write_string_fitted(p + KeySize, end, s);
}

} // namespace sfmodels::detail::fast

#endif
