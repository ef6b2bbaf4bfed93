#ifndef SFMODELS_CODEC_WIRE_ALIASES_HPP
#define SFMODELS_CODEC_WIRE_ALIASES_HPP

#include <array>
#include <string_view>

namespace sfmodels {

/// An older wire name read as another name of a member.
struct wire_alias
{
    std::string_view alias;
    std::string_view member;
};

/** Customization point: other names a model's members are read from (never written).

    @code
    template<> struct sfmodels::wire_aliases<Epoch> {
        static constexpr std::array<wire_alias, 1> value{{{"DataLossNumber", "DataLossVersion"}}};
    };
    @endcode
*/
template<class T>
struct wire_aliases
{
    static constexpr std::array<wire_alias, 0> value{};
};

} // namespace sfmodels

#endif
