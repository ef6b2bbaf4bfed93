#ifndef SFMODELS_REST_DETAIL_STATIC_TEXT_HPP
#define SFMODELS_REST_DETAIL_STATIC_TEXT_HPP

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sfmodels::rest::detail {

// Text built at compile time, for error messages that must not allocate.
struct static_text
{
    std::array<char, 240> buf{};
    std::size_t size = 0;

    constexpr std::string_view view() const noexcept { return {buf.data(), size}; }

    constexpr static_text& operator+=(std::string_view s) noexcept
    {
        for (char c : s)
            if (size < buf.size())
                buf[size++] = c;
        return *this;
    }

    constexpr static_text& operator+=(std::int64_t v) noexcept
    {
        char digits[20];
        std::size_t n = 0;
        auto u = static_cast<std::uint64_t>(v);   // the bounds here are never negative
        do digits[n++] = static_cast<char>('0' + u % 10);
        while ((u /= 10) != 0);
        while (n != 0)
            *this += std::string_view(&digits[--n], 1);
        return *this;
    }
};

// "A, B or C": the enumerators of E, leaving out `skip`.
template<class E>
constexpr static_text enumerator_list(std::string_view skip) noexcept
{
    using list = boost::describe::describe_enumerators<E>;
    static_text t;
    std::size_t listed = 0, total = 0;
    boost::mp11::mp_for_each<list>([&](auto d) { total += std::string_view(d.name) != skip; });
    boost::mp11::mp_for_each<list>([&](auto d) {
        if (std::string_view(d.name) == skip)
            return;
        if (listed != 0)
            t += listed + 1 == total ? " or " : ", ";
        t += d.name;
        ++listed;
    });
    return t;
}

} // namespace sfmodels::rest::detail

#endif
