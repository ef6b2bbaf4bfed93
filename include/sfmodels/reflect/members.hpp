#ifndef SFMODELS_REFLECT_MEMBERS_HPP
#define SFMODELS_REFLECT_MEMBERS_HPP

// What the codec and the REST layer read off a Boost.Describe annotation:
// the members of a described struct, its bases' first, and their types.

#include <sfmodels/reflect/wire_names.hpp>

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sfmodels::detail {

template<class T>
concept described_struct = std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template<class T>
struct is_described_struct : std::bool_constant<described_struct<T>> {};

template<class P> struct member_pointer_traits;
template<class M, class C> struct member_pointer_traits<M C::*> { using type = M; using owner = C; };

/// A member descriptor whose name is the wire name that wire_names<> gives it.
template<class D, class Owner>
struct wire_named
{
    static constexpr char const* name = [] {
        for (auto const& n : wire_names<Owner>::value)
            if (n.member == std::string_view(D::name))
                return n.wire.data();   // a literal: NUL-terminated
        return D::name;
    }();
    static constexpr auto pointer = D::pointer;
    static constexpr unsigned modifiers = D::modifiers;
};

template<class D>
using owner_of = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::owner;

template<class D>
using apply_wire_name = std::conditional_t<wire_names<owner_of<D>>::value.empty(), D, wire_named<D, owner_of<D>>>;

/// The public members of T: those of its described bases first (the spec's
/// allOf order), then its own, each in declaration order; each named as it
/// is on the wire.
template<class T>
using members_of = boost::mp11::mp_transform<
    apply_wire_name, boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>>;

template<class T>
inline constexpr std::size_t member_count = boost::mp11::mp_size<members_of<T>>::value;

template<class T> struct is_optional : std::false_type {};
template<class T> struct is_optional<std::optional<T>> : std::true_type {};

template<class T> struct is_vector : std::false_type {};
template<class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

/// The declared type of the member a descriptor D names.
template<class D>
using member_type = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::type;

} // namespace sfmodels::detail

#endif
