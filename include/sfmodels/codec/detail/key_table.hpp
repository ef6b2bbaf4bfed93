#ifndef SFMODELS_CODEC_DETAIL_KEY_TABLE_HPP
#define SFMODELS_CODEC_DETAIL_KEY_TABLE_HPP

#include <sfmodels/codec/detail/describe.hpp>
#include <sfmodels/codec/wire_aliases.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace sfmodels::detail {

constexpr std::uint32_t key_hash(std::string_view s, std::uint32_t seed) noexcept
{
    auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])); };
    std::uint32_t h = static_cast<std::uint32_t>(s.size()) * 0x9e3779b9u;
    h ^= byte(0) * seed;
    h ^= byte(s.size() / 2) * (seed * 0x85ebca6bu + 1u);
    h ^= byte(s.size() - 1) * (seed * 0xc2b2ae35u + 3u);
    return h ^ (h >> 16);
}

// The wire names of T's members (and their aliases), each mapped to its
// member index through a perfect hash found at compile time.
template<described_struct T>
class key_table
{
    static constexpr std::size_t members = member_count<T>;
    static constexpr auto const& aliases = wire_aliases<T>::value;
    static constexpr std::size_t keys = members + aliases.size();
    static constexpr std::size_t slots = [] {
        std::size_t n = 4;
        while (n < 2 * keys)
            n *= 2;
        return n;
    }();

    struct key
    {
        std::string_view name;
        std::uint8_t member;
    };

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
            a[i++] = {al.alias, static_cast<std::uint8_t>(m)};
        }
        return a;
    }();

    static constexpr std::uint8_t empty = 0xff;

    struct layout
    {
        std::uint32_t seed = 0;
        std::array<std::uint8_t, slots> slot{};
    };

    static constexpr layout table = [] {
        for (std::uint32_t seed = 1; seed < 100000; ++seed) {
            layout l{seed, {}};
            l.slot.fill(empty);
            bool ok = true;
            for (std::size_t i = 0; i < keys && ok; ++i) {
                auto& s = l.slot[key_hash(all[i].name, seed) & (slots - 1)];
                ok = s == empty;
                s = static_cast<std::uint8_t>(i);
            }
            if (ok)
                return l;
        }
        return layout{};
    }();
    static_assert(table.seed != 0, "no perfect hash for these member names");
    static_assert(members < empty, "too many members");

public:
    static constexpr int not_found = -1;

    static constexpr std::string_view name(std::size_t member) noexcept { return all[member].name; }

    static constexpr int find(std::string_view s) noexcept
    {
        if (s.empty())
            return not_found;
        std::uint8_t const k = table.slot[key_hash(s, table.seed) & (slots - 1)];
        if (k == empty || all[k].name != s)
            return not_found;
        return all[k].member;
    }
};

} // namespace sfmodels::detail

#endif
