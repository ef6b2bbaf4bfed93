#ifndef SFMODELS_QUOTED_HPP
#define SFMODELS_QUOTED_HPP

#include <type_traits>

namespace sfmodels {

/** A number that travels as a JSON string, such as the 64-bit integers of
    Service Fabric that exceed what a double carries exactly.

    Read from a JSON string or a JSON number, written as a string. It behaves
    as the number it holds: it converts to and from T implicitly.
*/
template<class T>
    requires std::is_arithmetic_v<T>
struct quoted
{
    T value{};

    constexpr quoted() noexcept = default;
    constexpr quoted(T v) noexcept : value(v) {}

    constexpr operator T() const noexcept { return value; }
};

} // namespace sfmodels

#endif
