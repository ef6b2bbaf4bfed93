#ifndef SFMODELS_CODEC_KIND_OF_HPP
#define SFMODELS_CODEC_KIND_OF_HPP

#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/polymorphic.hpp>

#include <string_view>

namespace sfmodels {

/** The wire value of the kind a family value holds, as its family declares
    it ("FileShare", "NodeDown"); for the base alternative of an open family,
    which holds a kind the family does not list, an empty string_view (its
    discriminator member holds the spelling that was received).
*/
template<class Key>
constexpr std::string_view kind_of(one_of<Key> const& v) noexcept
{
    return detail::family_traits<one_of<Key>>::values[v.index()];
}

} // namespace sfmodels

#endif
