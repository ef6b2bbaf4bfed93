#ifndef SFMODELS_CODEC_DETAIL_SCALAR_DURATION_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_DURATION_HPP

#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/detail/text/duration.hpp>
#include <sfmodels/timestamp.hpp>

namespace sfmodels::detail {

/** Swagger's format "duration": ISO 8601 (`PT1H30M`, `P1DT2H`, `PT0.5S`) in
    100 ns ticks, exactly; written as .NET writes a TimeSpan, days first.
*/
template<>
struct scalar_codec<ticks>
{
    static constexpr bool from_string = true;
    static constexpr bool from_number = false;
    static constexpr bool quoted = true;
    static constexpr std::size_t max_size = duration_text_max;

    static error parse(std::string_view s, ticks& v) noexcept
    {
        return parse_duration(s, v) ? error{} : error::bad_duration;
    }
    static char* format(ticks v, char* out) noexcept { return format_duration(v, out); }
};

} // namespace sfmodels::detail

#endif
