#ifndef SFMODELS_CODEC_DETAIL_READ_ENUM_LOOKUP_HPP
#define SFMODELS_CODEC_DETAIL_READ_ENUM_LOOKUP_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/detail/ascii.hpp>
#include <sfmodels/detail/enum_table.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
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

// Mixes the head, middle and tail words of s (or all of a short s) and its length.
constexpr std::uint64_t spelling_hash(std::string_view s, std::uint64_t seed) noexcept
{
    std::size_t const n = s.size();
    std::uint64_t x = 0;
    if (n >= 8)
        x = word_at(s, 0) ^ std::rotl(word_at(s, n - 8), 21) ^ std::rotl(word_at(s, n / 2 - 4), 42);
    else
        for (std::size_t k = 0; k < n; ++k)
            x |= std::uint64_t(static_cast<unsigned char>(s[k])) << 8 * k;
    return (x ^ n) * (0x9e3779b97f4a7c15ull + 2 * seed);
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

public:
    static constexpr bool enabled = hash.seed != 0;

    static SFMODELS_FAST_INLINE int find(char const* s, std::size_t n) noexcept
    {
        if constexpr (!enabled)
            return -1;
        else {
            std::uint8_t const k = hash.slot[index(std::string_view(s, n), hash.seed)];
            if (k == empty)
                return -1;
            std::string_view const name = table::name(table::at(k));
            return name.size() == n && equal_bytes(name.data(), s, n) ? k : -1;
        }
    }
};

} // namespace sfmodels::detail::fast

#endif
