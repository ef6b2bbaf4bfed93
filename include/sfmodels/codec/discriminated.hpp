#ifndef SFMODELS_CODEC_DISCRIMINATED_HPP
#define SFMODELS_CODEC_DISCRIMINATED_HPP

#include <string_view>

namespace sfmodels {

/** Customization point: a std::variant of described structs written as one
    JSON object, one of whose members names the alternative.

    @code
    template<> struct sfmodels::discriminated<Storage> {
        static constexpr std::string_view member = "StorageKind";
        static constexpr std::array<std::string_view, 2> kinds{"FileShare", "AzureBlobStore"};
        using wire = StorageWire;
    };
    @endcode

    `kinds` names the alternatives in variant order. `wire` is a described
    struct with an optional member named `member` and, under the same names,
    every member of every alternative as an optional. Decoding fills the wire
    object, then moves the members of the alternative it names; a
    non-optional member of that alternative is required.
*/
template<class V>
struct discriminated;

template<class V>
concept discriminated_variant = requires { typename discriminated<V>::wire; };

} // namespace sfmodels

#endif
