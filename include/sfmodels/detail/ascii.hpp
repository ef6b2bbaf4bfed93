#ifndef SFMODELS_DETAIL_ASCII_HPP
#define SFMODELS_DETAIL_ASCII_HPP

#include <cstddef>
#include <string_view>

namespace sfmodels::detail {

constexpr char ascii_lower(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

constexpr bool iequals(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i] && ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

} // namespace sfmodels::detail

#endif
