#ifndef SFMODELS_CODEC_DETAIL_READ_ENUM_LOOKUP_HPP
#define SFMODELS_CODEC_DETAIL_READ_ENUM_LOOKUP_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/string_scan.hpp>
#include <sfmodels/detail/ascii.hpp>
#include <sfmodels/detail/enum_table.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail::fast {

// Eight bytes of s from i, little-endian.
constexpr std::uint64_t word_at(std::string_view s, std::size_t i) noexcept
{
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little)
        return load64(s.data() + i);
    std::uint64_t w = 0;
    for (std::size_t k = 0; k < 8; ++k)
        w |= std::uint64_t(static_cast<unsigned char>(s[i + k])) << 8 * k;
    return w;
}

// A spelling of fewer bytes than this is read, hashed and compared as its
// words; a longer one goes out of line (find_long_spelling).
inline constexpr std::size_t word_spelling_limit = 24;

// The first n (under word_spelling_limit) bytes at s as three little-endian
// words, zero past n.
struct spelling_words
{
    std::uint64_t a, b, c;
};

constexpr spelling_words words_of(char const* s, std::size_t n) noexcept
{
    spelling_words w{};
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
        unsigned char bytes[24] = {};
        std::memcpy(bytes, s, n);
        std::memcpy(&w.a, bytes, 8);
        std::memcpy(&w.b, bytes + 8, 8);
        std::memcpy(&w.c, bytes + 16, 8);
    } else
        for (std::size_t k = 0; k < n; ++k)
            (k < 8 ? w.a : k < 16 ? w.b : w.c) |= std::uint64_t(static_cast<unsigned char>(s[k])) << 8 * (k % 8);
    return w;
}

constexpr std::uint64_t spelling_mix(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::size_t n,
                                     std::uint64_t seed) noexcept
{
    // the seed changes every bit before the multiply, so that some seed
    // separates even spellings that differ in their low bytes alone
    return (a ^ std::rotl(b, 31) ^ std::rotl(c, 13) ^ n ^ seed * 0xbf58476d1ce4e5b9ull) * 0x9e3779b97f4a7c15ull;
}

// A spelling under word_spelling_limit is hashed whole, from its words; a
// longer one from its head, middle and tail words.
constexpr std::uint64_t spelling_hash(std::string_view s, std::uint64_t seed) noexcept
{
    std::size_t const n = s.size();
    if (n < word_spelling_limit) {
        spelling_words const w = words_of(s.data(), n);
        return spelling_mix(w.a, w.b, w.c, n, seed);
    }
    return spelling_mix(word_at(s, 0), word_at(s, n - 8) ^ std::rotl(word_at(s, n / 2 - 4), 42), 0, n, seed);
}

/** A string that ends within the 32 bytes after its opening quote and needs
    no unescaping, from `first` (after the quote): sets its length n and,
    when n < word_spelling_limit, its words; false for anything else, which
    the caller reads the long way. It scans eight bytes at a time; where 32
    bytes are readable, spelling_in_32 does the same in two SSE2 compares.
*/
SFMODELS_FAST_INLINE bool short_spelling_portable(char const* first, char const* end, std::size_t& n,
                                                  spelling_words& w) noexcept
{
    char const* const limit = end - first > 32 ? first + 32 : end;
    char const* const q = find_special_swar(first, limit);
    if (q == limit || *q != '"')
        return false;
    n = static_cast<std::size_t>(q - first);
    w = n < word_spelling_limit ? words_of(first, n) : spelling_words{};
    return true;
}

#ifdef SFMODELS_SSE2
// The specials of the 16 bytes at p, one bit each: '"', '\\', control chars and non-ASCII bytes.
SFMODELS_FAST_INLINE unsigned special_mask(__m128i v) noexcept
{
    __m128i const hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                  _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                                     _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
}

// The first k bytes of word x, the others zero (k < 8).
SFMODELS_FAST_INLINE std::uint64_t low_bytes(std::uint64_t x, unsigned k) noexcept
{
    return x & ((std::uint64_t(1) << 8 * k) - 1);
}

// short_spelling_portable where 32 bytes are readable from first, in two
// 16-byte compares.
SFMODELS_FAST_INLINE bool spelling_in_32(char const* first, std::size_t& n, spelling_words& w) noexcept
{
    __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(first));
    std::uint64_t words[2];
    unsigned const m = special_mask(v);
    if (m == 0) {
        __m128i const v2 = _mm_loadu_si128(reinterpret_cast<__m128i const*>(first + 16));
        unsigned const m2 = special_mask(v2);
        if (m2 == 0)
            return false;
        auto const k = static_cast<unsigned>(std::countr_zero(m2));
        n = 16 + k;
        _mm_storeu_si128(reinterpret_cast<__m128i*>(words), v);
        w.a = words[0];
        w.b = words[1];
        _mm_storel_epi64(reinterpret_cast<__m128i*>(words), v2);
        w.c = k < 8 ? low_bytes(words[0], k) : 0;   // no words past word_spelling_limit
        return first[n] == '"';
    }
    auto const k = static_cast<unsigned>(std::countr_zero(m));
    if (first[k] != '"')
        return false;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(words), v);
    if (k < 8) {
        w.a = low_bytes(words[0], k);
        w.b = 0;
    } else {
        w.a = words[0];
        w.b = low_bytes(words[1], k - 8);
    }
    w.c = 0;
    n = k;
    return true;
}

#endif

// The index of the name among `names` spelled exactly like s (n >= word_spelling_limit), through a
// slot table; -1 if none.
[[gnu::noinline]] inline int find_long_spelling(char const* s, std::size_t n, std::uint64_t seed, int bits,
                                                std::uint8_t const* slot, std::string_view const* names) noexcept
{
    std::uint64_t const h = spelling_mix(load64(s), load64(s + n - 8) ^ std::rotl(load64(s + n / 2 - 4), 42), 0, n, seed);
    std::uint8_t const k = slot[static_cast<std::size_t>(h >> (64 - bits))];
    if (k == 0xff)
        return -1;
    return names[k].size() == n && equal_bytes(names[k].data(), s, n) ? k : -1;
}

/** The enumerator spelled exactly (same case) like s, through a perfect hash
    found at compile time; -1 if none. A hit is what enum_table<E>::find gives,
    since no two spellings of E are equal ignoring case (else it stays off).
*/
template<described_enum E>
class enum_lookup
{
    using table = enum_table<E>;
    static constexpr std::size_t count = table::size();
    static constexpr int bits = [] {
        int b = 2;
        while ((std::size_t(1) << b) < 8 * count)
            ++b;
        return b;
    }();
    static constexpr std::size_t slots = std::size_t(1) << bits;
    static constexpr std::uint8_t empty = 0xff;

    struct layout
    {
        std::uint64_t seed = 0;
        std::array<std::uint8_t, slots> slot{};
    };

    static constexpr std::size_t index(std::string_view s, std::uint64_t seed) noexcept
    {
        return static_cast<std::size_t>(spelling_hash(s, seed) >> (64 - bits));
    }

    static constexpr bool distinct = [] {
        for (std::size_t i = 0; i < count; ++i)
            for (std::size_t j = i + 1; j < count; ++j)
                if (iequals(table::name(table::at(i)), table::name(table::at(j))))
                    return false;
        return count < empty;
    }();

    static constexpr layout hash = [] {
        for (std::uint64_t seed = 1; distinct && seed <= 64; ++seed) {
            layout l{seed, {}};
            l.slot.fill(empty);
            bool ok = true;
            for (std::size_t i = 0; i < count && ok; ++i) {
                std::string_view const name = table::name(table::at(i));
                auto& s = l.slot[index(name, seed)];
                ok = !name.empty() && s == empty;
                s = static_cast<std::uint8_t>(i);
            }
            if (ok)
                return l;
        }
        return layout{};
    }();

    // each enumerator's spelling as words (of the first word_spelling_limit - 1 bytes) and length
    struct spelling
    {
        spelling_words w;
        std::size_t size;
    };
    static constexpr std::array<spelling, count> spellings = [] {
        std::array<spelling, count> a{};
        for (std::size_t i = 0; i < count; ++i) {
            std::string_view const name = table::name(table::at(i));
            a[i] = {words_of(name.data(), std::min(name.size(), word_spelling_limit - 1)), name.size()};
        }
        return a;
    }();

    static constexpr std::array<std::string_view, count> names = [] {
        std::array<std::string_view, count> a{};
        for (std::size_t i = 0; i < count; ++i)
            a[i] = table::name(table::at(i));
        return a;
    }();

    // an enum read by the fast reader is read through the hash, unless two
    // of its spellings differ in case alone (the reference decoder then decides)
    static_assert(!distinct || hash.seed != 0,
                  "no seed of 1 to 64 separates this enum's spellings: change spelling_mix or search further");

public:
    static constexpr bool enabled = hash.seed != 0;

    static SFMODELS_FAST_INLINE int find(char const* s, std::size_t n) noexcept
    {
        if constexpr (!enabled)
            return -1;
        else {
            if (n < word_spelling_limit) {
                spelling_words const w = words_of(s, n);
                return find_words(w, n);
            }
            return find_long(s, n);
        }
    }

    // find() of a spelling of word_spelling_limit bytes or more (out of line)
    static int find_long(char const* s, std::size_t n) noexcept
    {
        if constexpr (!enabled)
            return -1;
        else
            return find_long_spelling(s, n, hash.seed, bits, hash.slot.data(), names.data());
    }

    // find() of a spelling of n < word_spelling_limit bytes given as its words
    static SFMODELS_FAST_INLINE int find_words(spelling_words w, std::size_t n) noexcept
    {
        if constexpr (!enabled)
            return -1;
        else {
            std::uint8_t const k =
                hash.slot[static_cast<std::size_t>(spelling_mix(w.a, w.b, w.c, n, hash.seed) >> (64 - bits))];
            if (k == empty)
                return -1;
            spelling const& e = spellings[k];
            return ((e.w.a ^ w.a) | (e.w.b ^ w.b) | (e.w.c ^ w.c) | (e.size ^ n)) == 0 ? k : -1;
        }
    }
};

} // namespace sfmodels::detail::fast

#endif
