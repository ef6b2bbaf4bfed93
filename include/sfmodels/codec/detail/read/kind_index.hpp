#ifndef SFMODELS_CODEC_DETAIL_READ_KIND_INDEX_HPP
#define SFMODELS_CODEC_DETAIL_READ_KIND_INDEX_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/types/key_table.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sfmodels::detail::fast {

/** The alternative of family V that a discriminator value names, as
    family_traits<V>::find gives it, but found through a hash table of the
    kinds' wire values (built at compile time, like a key_table) rather than
    by comparing the value with each of them in turn. A value spelled
    exactly like a kind is found in the table; any other (another case, an
    unlisted kind) goes through family_traits<V>::find.
*/
template<polymorphic V>
class kind_index
{
    using traits = family_traits<V>;
    static constexpr std::size_t count = traits::size;
    static constexpr std::uint8_t empty = 0xff;
    static_assert(count < empty, "kind_index: at most 254 kinds per family");

    static constexpr std::size_t slots = [] {
        std::size_t n = 4;
        while (n < 2 * count)
            n *= 2;
        return n;
    }();
    static constexpr int shift = 64 - std::countr_zero(slots);

    static constexpr std::size_t min_length = [] {
        std::size_t n = ~std::size_t{0};
        for (std::size_t i = 0; i < count; ++i)
            if (std::size_t const size = traits::values[i].size(); size != 0 && size < n)
                n = size;
        return n;
    }();
    static constexpr std::size_t max_length = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < count; ++i)
            n = traits::values[i].size() > n ? traits::values[i].size() : n;
        return n;
    }();

    struct layout
    {
        std::uint64_t seed = 0;
        std::size_t probes = 0;   // slots read to find every value, in total
        std::array<std::uint8_t, slots> slot{};
    };

    static constexpr layout build(std::uint64_t seed) noexcept
    {
        layout l{seed, 0, {}};
        l.slot.fill(empty);
        for (std::size_t i = 0; i < count; ++i) {
            if (traits::values[i].empty())
                continue;
            std::size_t s = static_cast<std::size_t>(key_hash(traits::values[i], seed) >> shift);
            for (++l.probes; l.slot[s] != empty; ++l.probes)
                s = (s + 1) & (slots - 1);
            l.slot[s] = static_cast<std::uint8_t>(i);
        }
        return l;
    }

    static constexpr layout table = [] {
        layout best = build(0);
        for (std::uint64_t seed = 1; seed < 16 && best.probes > count; ++seed)
            if (layout l = build(seed); l.probes < best.probes)
                best = l;
        return best;
    }();

public:
    static std::size_t find(std::string_view kind) noexcept
    {
        if (max_length != 0 && kind.size() - min_length <= max_length - min_length) {
            std::size_t i = static_cast<std::size_t>(key_hash(kind, table.seed) >> shift);
            for (std::uint8_t k; (k = table.slot[i]) != empty; i = (i + 1) & (slots - 1)) {
                std::string_view const v = traits::values[k];
                if (v.size() == kind.size() && key_bytes_equal(v.data(), kind.data(), kind.size()))
                    return k;
            }
        }
        return traits::find(kind);
    }
};

} // namespace sfmodels::detail::fast

#endif
