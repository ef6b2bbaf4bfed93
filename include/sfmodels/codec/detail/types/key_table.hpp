#ifndef SFMODELS_CODEC_DETAIL_TYPES_KEY_TABLE_HPP
#define SFMODELS_CODEC_DETAIL_TYPES_KEY_TABLE_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/wire_aliases.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail {

// N (4 or 8) bytes at p as a little-endian integer: one load at run time, the
// same value byte by byte in constant evaluation (and on big-endian targets),
// so that a table hashed at compile time is probed with the same hashes.
template<std::size_t N>
constexpr std::uint64_t key_load(char const* p) noexcept
{
    if constexpr (std::endian::native == std::endian::little) {
        if (!std::is_constant_evaluated()) {
            std::conditional_t<N == 8, std::uint64_t, std::uint32_t> v;
            std::memcpy(&v, p, N);
            return v;
        }
    }
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < N; ++i)
        v |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    return v;
}

inline constexpr std::uint64_t key_k0 = 0x9e3779b97f4a7c15u;
inline constexpr std::uint64_t key_k1 = 0xbf58476d1ce4e5b9u;
inline constexpr std::uint64_t key_k2 = 0x94d049bb133111ebu;
inline constexpr std::uint64_t key_k3 = 0xff51afd7ed558ccdu;

// A hash of every byte of s and of its length, before the seed. Of a name of 8
// bytes or more, the first and the last 8 bytes and the 8-byte words between
// them (the last one overlapping the end) are multiplied independently and
// added: no chain of multiplies, so a 20-byte name costs about as much as an
// 8-byte one. 4 to 7 bytes are two overlapping 4-byte words, 1 to 3 bytes are
// read byte by byte.
constexpr std::uint64_t key_state(std::string_view s) noexcept
{
    char const* const p = s.data();
    std::size_t const n = s.size();
    std::uint64_t h;
    if (n >= 8) {
        h = (key_load<8>(p) ^ n) * key_k1 + key_load<8>(p + n - 8) * key_k2;
        for (std::size_t i = 8; i + 8 < n; i += 8)
            h += (key_load<8>(p + i) ^ i) * key_k3;
    } else if (n >= 4)
        h = ((key_load<4>(p) | key_load<4>(p + n - 4) << 32) ^ n) * key_k1;
    else {
        auto const byte = [&](std::size_t i) { return n > i ? std::uint64_t{static_cast<unsigned char>(p[i])} : 0; };
        h = (byte(0) | byte(1) << 8 | byte(2) << 16 | n << 24) * key_k1;
    }
    return h ^ (h >> 32);
}

// The seeded hash of a key_state: use its high bits, where the multiply
// carries every bit of the state. The seed comes last so that a table can try
// several seeds without hashing the names again.
constexpr std::uint64_t key_seeded(std::uint64_t state, std::uint64_t seed) noexcept
{
    return (state ^ seed * key_k2) * key_k0;
}

constexpr std::uint64_t key_hash(std::string_view s, std::uint64_t seed) noexcept
{
    return key_seeded(key_state(s), seed);
}

// a[0, n) == b[0, n), in whole words at run time.
constexpr bool key_bytes_equal(char const* a, char const* b, std::size_t n) noexcept
{
    if (n >= 8) {
        if (key_load<8>(a + n - 8) != key_load<8>(b + n - 8))
            return false;
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (key_load<8>(a + i) != key_load<8>(b + i))
                return false;
        return true;
    }
    if (n >= 4)
        return ((key_load<4>(a) ^ key_load<4>(b)) | (key_load<4>(a + n - 4) ^ key_load<4>(b + n - 4))) == 0;
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

/** A key_table seen through pointers: one function finds the keys of every
    struct, where the decoders look them up at run time.
*/
struct key_lookup
{
    struct entry
    {
        std::string_view name;
        std::uint8_t member;
    };

    std::uint64_t seed;
    int shift;
    std::size_t slots;            // a power of two
    std::size_t min_length;       // of the names in the table
    std::size_t max_length;       // 0: the table is empty
    std::uint8_t const* slot;     // index into entries, or 0xff
    entry const* entries;         // the members first, by index, then the aliases

    std::string_view name(std::size_t member) const noexcept { return entries[member].name; }

    // As key_table<T>::find.
    int find(std::string_view s) const noexcept
    {
        if (max_length == 0 || s.size() - min_length > max_length - min_length)
            return -1;
        std::size_t i = static_cast<std::size_t>(key_hash(s, seed) >> shift);
        for (;;) {
            std::uint8_t const k = slot[i];
            if (k == 0xff)
                return -1;
            if (entries[k].name.size() == s.size() && key_bytes_equal(entries[k].name.data(), s.data(), s.size()))
                return entries[k].member;
            i = (i + 1) & (slots - 1);
        }
    }
};

// The wire names of T's members (and their aliases), each mapped to its member
// index: an open-addressing table with linear probing, at least twice as many
// slots as names, so it can be built for any set of names. Of a few seeds the
// one with the shortest probe sequences is kept; none has to be perfect.
//
// Exact, case-sensitive match. Duplicate names: the first one (members before
// aliases) wins. An alias of a name that is not a member is not in the table.
template<described_struct T>
class key_table
{
    static constexpr std::size_t members = member_count<T>;
    static constexpr auto const& aliases = wire_aliases<T>::value;
    static constexpr std::size_t keys = members + aliases.size();

    // key and member indices are std::uint8_t, and 0xff marks an empty slot
    static constexpr std::uint8_t empty = 0xff;
    static_assert(keys < empty,
                  "sfmodels key_table: at most 254 members (counting wire_aliases) per struct; "
                  "member indices are std::uint8_t");

    static constexpr std::size_t slots = [] {
        std::size_t n = 4;
        while (n < 2 * keys)
            n *= 2;
        return n;
    }();
    static constexpr int shift = 64 - std::countr_zero(slots);

    using key = key_lookup::entry;

    static constexpr std::array<key, keys> all = [] {
        std::array<key, keys> a{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            a[i] = {d.name, static_cast<std::uint8_t>(i)};
            ++i;
        });
        for (auto const& al : aliases) {
            std::size_t m = 0;
            while (m < members && a[m].name != al.member)
                ++m;
            a[i++] = {al.alias, static_cast<std::uint8_t>(m < members ? m : empty)};
        }
        return a;
    }();

    // lengths of the names a lookup has to hash; the empty name is not found
    static constexpr std::size_t min_length = [] {
        std::size_t n = ~std::size_t{0};
        for (auto const& k : all)
            if (!k.name.empty() && k.name.size() < n)
                n = k.name.size();
        return n;
    }();
    static constexpr std::size_t max_length = [] {
        std::size_t n = 0;
        for (auto const& k : all)
            n = k.name.size() > n ? k.name.size() : n;
        return n;
    }();

    static constexpr std::array<std::uint64_t, keys> states = [] {
        std::array<std::uint64_t, keys> h{};
        for (std::size_t i = 0; i < keys; ++i)
            h[i] = key_state(all[i].name);
        return h;
    }();

    struct layout
    {
        std::uint64_t seed = 0;
        std::size_t names = 0;    // names in the table
        std::size_t probes = 0;   // slots read to find every one of them, in total
        std::array<std::uint8_t, slots> slot{};
    };

    static constexpr layout build(std::uint64_t seed) noexcept
    {
        layout l{seed, 0, 0, {}};
        l.slot.fill(empty);
        for (std::size_t i = 0; i < keys; ++i) {
            if (all[i].name.empty() || all[i].member == empty)
                continue;
            // a later duplicate lands further along the same probe sequence
            std::size_t s = static_cast<std::size_t>(key_seeded(states[i], seed) >> shift);
            for (++l.probes; l.slot[s] != empty; ++l.probes)
                s = (s + 1) & (slots - 1);
            l.slot[s] = static_cast<std::uint8_t>(i);
            ++l.names;
        }
        return l;
    }

    // seeds tried at most; the first whose table finds every name in one probe
    // ends the search
    static constexpr std::uint64_t seeds = 32;

    static constexpr layout table = [] {
        layout best = build(0);
        for (std::uint64_t seed = 1; seed < seeds && best.probes > best.names; ++seed)
            if (layout l = build(seed); l.probes < best.probes)
                best = l;
        return best;
    }();

public:
    static constexpr int not_found = -1;

    static constexpr key_lookup lookup{table.seed, shift, slots, min_length, max_length, table.slot.data(), all.data()};

    static constexpr std::string_view name(std::size_t member) noexcept { return all[member].name; }

    static constexpr int find(std::string_view s) noexcept
    {
        if constexpr (max_length == 0)
            return not_found;
        // also the empty string: its size - min_length wraps around
        if (s.size() - min_length > max_length - min_length)
            return not_found;
        std::size_t i = static_cast<std::size_t>(key_hash(s, table.seed) >> shift);
        for (;;) {
            std::uint8_t const k = table.slot[i];
            if (k == empty)
                return not_found;
            if (all[k].name.size() == s.size() && key_bytes_equal(all[k].name.data(), s.data(), s.size()))
                return all[k].member;
            i = (i + 1) & (slots - 1);
        }
    }
};

} // namespace sfmodels::detail

#endif
