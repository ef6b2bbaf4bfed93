#ifndef SFMODELS_CODEC_DETAIL_TYPES_NESTING_HPP
#define SFMODELS_CODEC_DETAIL_TYPES_NESTING_HPP

#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/limits.hpp>
#include <sfmodels/reflect/members.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <map>
#include <string>

namespace sfmodels::detail {

template<class T> struct is_string_map : std::false_type {};
template<class T> struct is_string_map<std::map<std::string, T, std::less<>>> : std::true_type {};

/// A nesting that no bound can be given for: the type is recursive, or nests deeper than any document may.
inline constexpr std::size_t unbounded_nesting = std::size_t(-1);

/// A type that holds, somewhere, a struct of more than 64 members: the fast
/// reader tracks at most 64 and leaves these to the reference decoder.
inline constexpr std::size_t too_wide = std::size_t(-2);

constexpr std::size_t deeper(std::size_t n) noexcept { return n >= too_wide ? n : n + 1; }
constexpr std::size_t deepest(std::size_t a, std::size_t b) noexcept
{
    return a == too_wide || b == too_wide ? too_wide : a > b ? a : b;
}

/** How many JSON containers deep a value of type T nests, or unbounded_nesting,
    or too_wide (which wins over both).
    Budget bounds the walk, so that a recursive type ends it; every
    (type, budget) pair is instantiated and evaluated once (nesting_v holds
    each result, so a recursive family of n kinds costs n x Budget steps, not
    n to the power Budget).
*/
template<class T, std::size_t Budget = limits::max_depth + 1>
constexpr std::size_t nesting() noexcept;

template<class T, std::size_t Budget>
inline constexpr std::size_t nesting_v = nesting<T, Budget>();

template<class T, std::size_t Budget>
constexpr std::size_t nesting() noexcept
{
    if constexpr (Budget == 0)
        return unbounded_nesting;
    else if constexpr (is_optional<T>::value)
        return nesting_v<typename T::value_type, Budget>;
    else if constexpr (is_vector<T>::value)
        return deeper(nesting_v<typename T::value_type, Budget - 1>);
    else if constexpr (is_string_map<T>::value)
        return deeper(nesting_v<typename T::mapped_type, Budget - 1>);
    else if constexpr (polymorphic<T>) {
        std::size_t n = 0;
        boost::mp11::mp_for_each<boost::mp11::mp_transform<std::add_pointer_t, family_alternatives<typename T::family_key>>>(
            [&](auto* a) { n = deepest(n, nesting_v<std::remove_pointer_t<decltype(a)>, Budget>); });
        return n;
    } else if constexpr (described_struct<T>) {
        if constexpr (member_count<T> > 64)
            return too_wide;
        std::size_t n = 0;
        boost::mp11::mp_for_each<members_of<T>>(
            [&](auto d) { n = deepest(n, nesting_v<member_type<decltype(d)>, Budget - 1>); });
        return deeper(n);
    } else
        return 0;
}

} // namespace sfmodels::detail

#endif
