#ifndef SFMODELS_CODEC_DETAIL_READ_DEPTH_HPP
#define SFMODELS_CODEC_DETAIL_READ_DEPTH_HPP

#include <sfmodels/codec/detail/read/skip_value.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/limits.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>

// How the fast reader keeps a recursive type (a health evaluation holding
// health evaluations) inside limits::max_depth. A type of bounded nesting
// is checked once, by its type (fast::supported). The readers of a type
// that nests without bound count the containers they open at run time, and
// each checks, before it starts, that everything it reads itself (its own
// container, its bounded members, skipped unknown members) stays inside the
// limit; its recursive members check again when they start. A document too
// deep for that goes to the reference decoder, which reports it.
namespace sfmodels::detail::fast {

// JSON containers open above the value being read, counted by the readers of
// recursive types only (every container above one of them is such a reader's).
inline thread_local std::size_t depth = 0;

template<class T>
inline constexpr bool recursive = nesting_v<T, limits::max_depth + 1> == unbounded_nesting;

template<class T>
inline constexpr std::size_t bounded_part = recursive<T> ? 0 : nesting_v<T, limits::max_depth + 1>;

// Containers that a reader of recursive T opens itself, counted from the
// depth where it starts, before a recursive member's reader takes over.
template<class T>
constexpr std::size_t own_reach() noexcept
{
    if constexpr (polymorphic<T>) {
        std::size_t n = 1;   // the object searched for the discriminator
        boost::mp11::mp_for_each<boost::mp11::mp_transform<std::add_pointer_t, family_alternatives<typename T::family_key>>>(
            [&](auto* a) { n = deepest(n, bounded_part<std::remove_pointer_t<decltype(a)>>); });
        return n;
    } else if constexpr (is_vector<T>::value)
        return 1 + bounded_part<typename T::value_type>;
    else if constexpr (is_string_map<T>::value)
        return 1 + bounded_part<typename T::mapped_type>;
    else {
        std::size_t n = 0;
        boost::mp11::mp_for_each<members_of<T>>(
            [&](auto d) { n = deepest(n, bounded_part<member_type<decltype(d)>>); });
        return 1 + n;
    }
}

// Whether a reader of recursive T may start at the current depth.
template<class T>
SFMODELS_FAST_INLINE bool depth_allows() noexcept
{
    constexpr std::size_t reach = own_reach<T>();
    return depth + reach + max_skip_depth < limits::max_depth;
}

// One more container open while it lives; for the readers of recursive types.
struct nested
{
    SFMODELS_FAST_INLINE nested() noexcept { ++depth; }
    SFMODELS_FAST_INLINE ~nested() { --depth; }
    nested(nested const&) = delete;
    nested& operator=(nested const&) = delete;
};

} // namespace sfmodels::detail::fast

#endif
