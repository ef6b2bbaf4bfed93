#ifndef SFMODELS_CODEC_DETAIL_TYPES_FAMILY_VARIANT_HPP
#define SFMODELS_CODEC_DETAIL_TYPES_FAMILY_VARIANT_HPP

#include <sfmodels/reflect/members.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>
#include <variant>

namespace sfmodels {
template<class Key> struct family;
}

namespace sfmodels::detail {

template<class K>
using kind_type = typename K::type;

// Whether Key is a described struct with a member named `name`.
template<class Key>
constexpr bool has_member_named(std::string_view name) noexcept
{
    if constexpr (described_struct<Key>) {
        bool found = false;
        boost::mp11::mp_for_each<members_of<Key>>([&](auto d) { found = found || std::string_view(d.name) == name; });
        return found;
    } else
        return false;
}

template<class Key>
inline constexpr bool open_family = has_member_named<Key>(family<Key>::discriminator);

template<class Key>
using family_alternatives = boost::mp11::mp_unique<std::conditional_t<
    open_family<Key>, boost::mp11::mp_push_front<boost::mp11::mp_transform<kind_type, typename family<Key>::kinds>, Key>,
    boost::mp11::mp_transform<kind_type, typename family<Key>::kinds>>>;

template<class Key>
using family_variant_t = boost::mp11::mp_rename<family_alternatives<Key>, std::variant>;

} // namespace sfmodels::detail

#endif
