#ifndef SFMODELS_CODEC_DETAIL_TYPES_FAMILY_HPP
#define SFMODELS_CODEC_DETAIL_TYPES_FAMILY_HPP

#include <sfmodels/codec/polymorphic.hpp>
#include <sfmodels/detail/ascii.hpp>
#include <sfmodels/reflect/members.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace sfmodels::detail {

template<class T> struct is_one_of : std::false_type {};
template<class Key> struct is_one_of<one_of<Key>> : std::true_type {};

template<class T>
concept polymorphic = is_one_of<T>::value;

inline constexpr std::size_t no_index = std::size_t(-1);

// The index of the member of T named `name`, or no_index.
template<class T>
constexpr std::size_t member_index(std::string_view name) noexcept
{
    std::size_t i = 0, found = no_index;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        if (found == no_index && std::string_view(d.name) == name)
            found = i;
        ++i;
    });
    return found;
}

template<class Key, class... K>
constexpr auto family_values(boost::mp11::mp_list<K...>) noexcept
{
    using alternatives = family_alternatives<Key>;
    std::array<std::string_view, boost::mp11::mp_size<alternatives>::value> a{};
    ((a[boost::mp11::mp_find<alternatives, typename K::type>::value] = K::value), ...);
    return a;
}

template<std::size_t N>
constexpr bool family_well_formed(std::array<std::string_view, N> const& values, bool open) noexcept
{
    for (std::size_t i = 0; i != N; ++i) {
        if (values[i].empty() && !(open && i == 0))
            return false;
        for (std::size_t j = 0; j != i; ++j)
            if (!values[i].empty() && iequals(values[i], values[j]))
                return false;
    }
    return true;
}

// What the codec needs to know of one_of<Key>.
template<class V>
struct family_traits;

template<class Key>
struct family_traits<one_of<Key>>
{
    using value_type = one_of<Key>;
    using variant = typename value_type::variant_type;
    using alternatives = family_alternatives<Key>;
    static constexpr std::size_t size = std::variant_size_v<variant>;
    static constexpr std::string_view discriminator = family<Key>::discriminator;
    static constexpr bool open = open_family<Key>;

    template<std::size_t I>
    using alternative = std::variant_alternative_t<I, variant>;

    // The wire value of each alternative; empty for an open family's base
    // unless the family lists it.
    static constexpr std::array<std::string_view, size> values = family_values<Key>(typename family<Key>::kinds{});

    static constexpr bool well_formed =
        family_well_formed(family_values<Key>(typename family<Key>::kinds{}), open_family<Key>);
    static_assert(boost::mp11::mp_size<typename family<Key>::kinds>::value != 0, "a family needs at least one kind");
    static_assert(boost::mp11::mp_all_of<alternatives, is_described_struct>::value,
                  "every kind of a family must be a described struct");
    static_assert(well_formed, "the kinds of a family need distinct, non-empty wire values");

    // The position of the discriminator among the members of alternative I
    // (an open family's alternatives derive from the base), or no_index.
    template<std::size_t I>
    static constexpr std::size_t discriminator_member = open ? member_index<alternative<I>>(discriminator) : no_index;

    /// The alternative a wire value names: found, or the base of an open family, or no_index.
    static std::size_t find(std::string_view kind) noexcept
    {
        for (std::size_t i = 0; i != size; ++i)
            if (!values[i].empty() && iequals(values[i], kind))
                return i;
        return open ? 0 : no_index;
    }

    /// Makes v hold alternative I (in place if it already does) and returns it.
    template<std::size_t I>
    static alternative<I>& hold(value_type& v)
    {
        variant& var = v.as_variant();
        return var.index() == I ? *std::get_if<I>(&var) : var.template emplace<I>();
    }

    /// Whether alternative I's discriminator member (if it has one) holds `kind`.
    template<std::size_t I>
    static bool kind_agrees(alternative<I> const& a, std::string_view kind) noexcept
    {
        if constexpr (discriminator_member<I> == no_index)
            return true;
        else
            return iequals(spelling_of(a.*boost::mp11::mp_at_c<members_of<alternative<I>>, discriminator_member<I>>::pointer),
                           kind);
    }

    /// The wire value v is written with: its kind's, or, for an open family's
    /// base, what its discriminator member holds.
    static std::string_view kind_of(value_type const& v) noexcept
    {
        variant const& var = v.as_variant();
        if constexpr (open) {
            if (var.index() == 0) {
                auto const& m = std::get<0>(var).*boost::mp11::mp_at_c<members_of<Key>, member_index<Key>(discriminator)>::pointer;
                return spelling_of(m);
            }
        }
        return values[var.index()];
    }

private:
    template<class M>
    static std::string_view spelling_of(M const& m) noexcept
    {
        if constexpr (is_optional<M>::value)
            return m ? spelling_of(*m) : std::string_view();
        else if constexpr (std::is_convertible_v<M const&, std::string_view>)
            return m;
        else
            return m.spelling();
    }
};

} // namespace sfmodels::detail

#endif
