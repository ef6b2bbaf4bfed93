#ifndef SFMODELS_REFLECT_WIRE_NAMES_HPP
#define SFMODELS_REFLECT_WIRE_NAMES_HPP

#include <array>
#include <string_view>

namespace sfmodels {

/// A member whose wire name is not a C++ identifier, and that wire name.
struct wire_name
{
    std::string_view member;   ///< the C++ name, as described
    std::string_view wire;     ///< the name on the wire
};

/** Customization point: the wire names of a model's members where they differ
    from the C++ names (a keyword, or a name with '-'). Every reader and writer
    sees the wire name; the C++ name never reaches the wire.

    @code
    template<> struct sfmodels::wire_names<ContainerApiResult> {
        static constexpr std::array<wire_name, 1> value{{{"Content_Type", "Content-Type"}}};
    };
    @endcode
*/
template<class T>
struct wire_names
{
    static constexpr std::array<wire_name, 0> value{};
};

} // namespace sfmodels

#endif
