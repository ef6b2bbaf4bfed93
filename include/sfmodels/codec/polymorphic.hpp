#ifndef SFMODELS_CODEC_POLYMORPHIC_HPP
#define SFMODELS_CODEC_POLYMORPHIC_HPP

#include <sfmodels/codec/detail/types/family_variant.hpp>

#include <string_view>
#include <variant>

namespace sfmodels {

/// A string usable as a template argument: the wire value of a kind.
template<std::size_t N>
struct fixed_string
{
    char text[N]{};

    constexpr fixed_string(char const (&s)[N]) noexcept
    {
        for (std::size_t i = 0; i != N; ++i)
            text[i] = s[i];
    }

    constexpr std::string_view view() const noexcept { return {text, N - 1}; }
};

/// One member of a family: the struct T, named on the wire by Value.
template<class T, fixed_string Value>
struct kind
{
    using type = T;
    static constexpr std::string_view value = Value.view();
};

/** Customization point: a discriminated family (Swagger's `discriminator`
    and its `x-ms-discriminator-value`s), declared once.

    @code
    template<> struct sfmodels::family<FabricEvent> {
        static constexpr std::string_view discriminator = "Kind";
        using kinds = boost::mp11::mp_list<kind<NodeEvent, "NodeEvent">, kind<NodeDownEvent, "NodeDown">>;
    };
    @endcode

    Each kind is a described struct, usually derived from the base. A value
    of the family is a `one_of<Key>`, written as one JSON object whose member
    `discriminator` names the kind (written first).

    When `Key` is a described struct with a member named `discriminator` (the
    spec's base type), the family is *open*: `one_of<Key>` also holds a `Key`,
    which takes any kind the family does not list, keeping the base's members
    and, in its discriminator member, the spelling received; it writes them
    back unchanged. Otherwise `Key` only names the family, and an unlisted kind
    is error::unknown_kind. A missing or null discriminator is
    error::missing_member; one that is not a string, error::wrong_type.
    Kinds match ASCII case-insensitively.
*/
template<class Key>
struct family;

template<class Key>
concept has_family = requires {
    family<Key>::discriminator;
    typename family<Key>::kinds;
};

/** A value of the family of `Key`: a std::variant of its kinds (preceded by
    `Key` itself when the family is open, so that a default one_of holds a
    `Key`). Reusing a one_of that holds the kind a document names decodes
    into that alternative in place, without allocating.
*/
template<class Key>
    requires has_family<Key>
class one_of : public detail::family_variant_t<Key>
{
public:
    using family_key = Key;
    using variant_type = detail::family_variant_t<Key>;

    using variant_type::variant_type;
    using variant_type::operator=;

    variant_type& as_variant() noexcept { return *this; }
    variant_type const& as_variant() const noexcept { return *this; }

    friend bool operator==(one_of const& a, one_of const& b) { return a.as_variant() == b.as_variant(); }
};

} // namespace sfmodels

#endif
