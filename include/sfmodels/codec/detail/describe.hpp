#ifndef SFMODELS_CODEC_DETAIL_DESCRIBE_HPP
#define SFMODELS_CODEC_DETAIL_DESCRIBE_HPP

#include <sfmodels/codec/discriminated.hpp>

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <type_traits>
#include <vector>

namespace sfmodels::detail {

template<class T>
concept described_struct = std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template<class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public>;

template<class T>
inline constexpr std::size_t member_count = boost::mp11::mp_size<members_of<T>>::value;

template<class T> struct is_optional : std::false_type {};
template<class T> struct is_optional<std::optional<T>> : std::true_type {};

template<class T> struct is_vector : std::false_type {};
template<class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

template<class P> struct member_pointer_traits;
template<class M, class C> struct member_pointer_traits<M C::*> { using type = M; };

template<class D>
using member_type = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::type;

// How many JSON containers deep a value of type T nests.
template<class T>
constexpr std::size_t nesting() noexcept
{
    if constexpr (is_optional<T>::value)
        return nesting<typename T::value_type>();
    else if constexpr (is_vector<T>::value)
        return 1 + nesting<typename T::value_type>();
    else if constexpr (discriminated_variant<T>)
        return nesting<typename discriminated<T>::wire>();
    else if constexpr (described_struct<T>) {
        std::size_t deepest = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            std::size_t n = nesting<member_type<decltype(d)>>();
            deepest = n > deepest ? n : deepest;
        });
        return 1 + deepest;
    } else
        return 0;
}

} // namespace sfmodels::detail

#endif
