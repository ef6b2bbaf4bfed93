#ifndef SFMODELS_CODEC_DETAIL_SCALAR_NUMBER_TOKEN_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_NUMBER_TOKEN_HPP

#include <sfmodels/codec/error.hpp>
#include <sfmodels/detail/text/integer.hpp>

#include <cstdint>
#include <string_view>

namespace sfmodels::detail {

/// A JSON number as a decoder met it: its text, and its value when it is an integer.
struct number_token
{
    enum kind_type : std::uint8_t { int64, uint64, floating } kind;
    std::int64_t i;
    std::uint64_t u;
    std::string_view text;   // the number as written, whole
};

/// Classifies the text of a valid JSON number as Boost.JSON's parser does.
inline number_token classify_number(std::string_view text) noexcept
{
    std::int64_t i = 0;
    switch (parse_int64(text, i)) {
    case int_parse::ok: return {number_token::int64, i, 0, text};
    case int_parse::out_of_range:
        if (std::uint64_t u = 0; parse_uint64(text, u) == int_parse::ok)
            return {number_token::uint64, 0, u, text};
        break;
    default: break;
    }
    return {number_token::floating, 0, 0, text};
}

// A JSON number that is neither int64 nor uint64 is either too big or not an integer.
constexpr error non_integer_number(std::string_view text) noexcept
{
    return text.find_first_of(".eE") == std::string_view::npos ? error::out_of_range : error::bad_integer;
}

} // namespace sfmodels::detail

#endif
