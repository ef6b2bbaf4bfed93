#ifndef SFMODELS_CODEC_DETAIL_SCALAR_TIMESTAMP_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_TIMESTAMP_HPP

#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/timestamp.hpp>

namespace sfmodels::detail {

/// Swagger's format "date-time": RFC 3339, held in 100 ns ticks, written in UTC.
template<>
struct scalar_codec<timestamp>
{
    static constexpr bool from_string = true;
    static constexpr bool from_number = false;
    static constexpr bool quoted = true;
    static constexpr std::size_t max_size = timestamp_text_max;

    static error parse(std::string_view s, timestamp& v) noexcept
    {
        // an offset can carry the first or last day of the years 0000-9999 out of them
        timestamp t;
        if (!parse_timestamp(s, t) || !timestamp_in_range(t))
            return error::bad_timestamp;
        v = t;
        return {};
    }
    static char* format(timestamp v, char* out) noexcept { return format_timestamp(v, out); }
};

} // namespace sfmodels::detail

#endif
