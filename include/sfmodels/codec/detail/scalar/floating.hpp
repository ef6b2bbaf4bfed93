#ifndef SFMODELS_CODEC_DETAIL_SCALAR_FLOATING_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_FLOATING_HPP

#include <sfmodels/codec/detail/scalar/number_token.hpp>
#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/detail/text/floating.hpp>

namespace sfmodels::detail {

/** Swagger's number/double: a JSON number, or a string holding one, read
    correctly rounded from its text; written as the shortest text that reads
    back to the same double. NaN and the infinities cannot be written
    (error::out_of_range); a number beyond the double range is out_of_range.
*/
template<>
struct scalar_codec<double>
{
    static constexpr bool from_string = true;
    static constexpr bool from_number = true;
    static constexpr bool quoted = false;
    static constexpr std::size_t max_size = double_text_max;

    static error parse(std::string_view s, double& v) noexcept
    {
        return parse_double(s, v) ? error{} : error::bad_number;
    }
    static error number(number_token const& n, double& v) noexcept
    {
        return parse_double(n.text, v) ? error{} : error::out_of_range;
    }
    // every writer gives format() max_size chars of room
    static char* format(double v, char* out) noexcept { return format_double_padded(v, out); }
};

} // namespace sfmodels::detail

#endif
