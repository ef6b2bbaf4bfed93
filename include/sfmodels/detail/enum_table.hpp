#ifndef SFMODELS_DETAIL_ENUM_TABLE_HPP
#define SFMODELS_DETAIL_ENUM_TABLE_HPP

#include <sfmodels/detail/ascii.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail {

template<class E>
concept described_enum = std::is_enum_v<E> && boost::describe::has_describe_enumerators<E>::value;

// Spellings of a described enum whose enumerators are 0, 1, ..., N-1 in
// declaration order. Lookup is ASCII case-insensitive and only compares the
// entries whose length matches.
template<described_enum E>
class enum_table
{
    using list = boost::describe::describe_enumerators<E>;
    static constexpr std::size_t count = boost::mp11::mp_size<list>::value;

    struct entry
    {
        std::string_view name;
        E value;
    };

    static constexpr std::array<entry, count> by_value = [] {
        std::array<entry, count> a{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<list>([&](auto d) { a[i++] = {d.name, d.value}; });
        return a;
    }();

    static constexpr bool contiguous = [] {
        for (std::size_t i = 0; i < count; ++i)
            if (static_cast<std::size_t>(by_value[i].value) != i)
                return false;
        return true;
    }();
    static_assert(contiguous, "enumerators must be 0..N-1 in declaration order");

    static constexpr std::size_t max_length = [] {
        std::size_t m = 0;
        for (auto const& e : by_value)
            m = std::max(m, e.name.size());
        return m;
    }();

    static constexpr std::array<entry, count> by_length = [] {
        auto a = by_value;
        std::sort(a.begin(), a.end(),
                  [](entry const& x, entry const& y) { return x.name.size() < y.name.size(); });
        return a;
    }();

    // first[n] .. first[n + 1] is the range of by_length entries of length n
    static constexpr std::array<std::uint16_t, max_length + 2> first = [] {
        std::array<std::uint16_t, max_length + 2> f{};
        std::size_t i = 0;
        for (std::size_t n = 0; n <= max_length + 1; ++n) {
            while (i < count && by_length[i].name.size() < n)
                ++i;
            f[n] = static_cast<std::uint16_t>(i);
        }
        return f;
    }();

public:
    static constexpr std::size_t size() noexcept { return count; }

    static constexpr std::string_view name(E e) noexcept
    {
        auto const i = static_cast<std::size_t>(e);
        return i < count ? by_value[i].name : std::string_view{};
    }

    static constexpr E at(std::size_t i) noexcept { return by_value[i].value; }

    static constexpr std::optional<E> find(std::string_view s) noexcept
    {
        if (s.size() > max_length)
            return std::nullopt;
        for (std::size_t i = first[s.size()]; i < first[s.size() + 1]; ++i)
            if (iequals(by_length[i].name, s))
                return by_length[i].value;
        return std::nullopt;
    }
};

} // namespace sfmodels::detail

#endif
