#ifndef SFMODELS_REFLECT_MEMBERS_HPP
#define SFMODELS_REFLECT_MEMBERS_HPP

// What the codec and the REST layer read off a Boost.Describe annotation:
// the members of a described struct, its bases' first, and their types.

#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <type_traits>
#include <vector>

namespace sfmodels::detail {

template<class T>
concept described_struct = std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template<class T>
struct is_described_struct : std::bool_constant<described_struct<T>> {};

/// The public members of T: those of its described bases first (the spec's
/// allOf order), then its own, each in declaration order.
template<class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template<class T>
inline constexpr std::size_t member_count = boost::mp11::mp_size<members_of<T>>::value;

template<class T> struct is_optional : std::false_type {};
template<class T> struct is_optional<std::optional<T>> : std::true_type {};

template<class T> struct is_vector : std::false_type {};
template<class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

template<class P> struct member_pointer_traits;
template<class M, class C> struct member_pointer_traits<M C::*> { using type = M; };

/// The declared type of the member a descriptor D names.
template<class D>
using member_type = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::type;

} // namespace sfmodels::detail

#endif
