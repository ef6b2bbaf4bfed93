#ifndef SFMODELS_CODEC_DETAIL_SCALAR_INTEGER_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_INTEGER_HPP

#include <sfmodels/codec/detail/scalar/number_token.hpp>
#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/detail/text/integer.hpp>

#include <concepts>
#include <cstdint>
#include <limits>
#include <string_view>

namespace sfmodels::detail {

template<class T>
concept json_integer = std::same_as<T, std::int32_t> || std::same_as<T, std::int64_t> ||
                       std::same_as<T, std::uint32_t> || std::same_as<T, std::uint64_t>;

/** Integers of 32 and 64 bits, signed or not: written as JSON numbers; read
    from a JSON integer or from a string holding one (`-?(0|[1-9][0-9]*)`),
    never through a double. A fraction or exponent is bad_integer, a value
    that does not fit is out_of_range.
*/
template<json_integer Int>
struct scalar_codec<Int>
{
    static constexpr bool from_string = true;
    static constexpr bool from_number = true;
    static constexpr bool quoted = false;
    static constexpr std::size_t max_size = 20;

    static error store(std::int64_t i, Int& v) noexcept
    {
        if constexpr (std::is_signed_v<Int>) {
            if (i < std::numeric_limits<Int>::min() || i > std::numeric_limits<Int>::max())
                return error::out_of_range;
        } else if (i < 0 || static_cast<std::uint64_t>(i) > std::numeric_limits<Int>::max())
            return error::out_of_range;
        v = static_cast<Int>(i);
        return {};
    }

    static error store_unsigned(std::uint64_t u, Int& v) noexcept
    {
        if (u > static_cast<std::uint64_t>(std::numeric_limits<Int>::max()))
            return error::out_of_range;
        v = static_cast<Int>(u);
        return {};
    }

    static error parse(std::string_view s, Int& v) noexcept
    {
        std::int64_t i = 0;
        switch (parse_int64(s, i)) {
        case int_parse::ok: return store(i, v);
        case int_parse::out_of_range:
            if constexpr (std::is_unsigned_v<Int>) {
                std::uint64_t u = 0;
                if (parse_uint64(s, u) == int_parse::ok)
                    return store_unsigned(u, v);
            }
            return error::out_of_range;
        default: return error::bad_integer;
        }
    }

    static error number(number_token const& n, Int& v) noexcept
    {
        switch (n.kind) {
        case number_token::int64: return store(n.i, v);
        case number_token::uint64: return store_unsigned(n.u, v);
        default: return non_integer_number(n.text);
        }
    }

    static char* format(Int v, char* out) noexcept
    {
        if constexpr (std::is_signed_v<Int>)
            return format_int64(v, out);
        else
            return format_uint64(v, out);
    }
};

} // namespace sfmodels::detail

#endif
