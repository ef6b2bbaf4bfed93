#ifndef SFMODELS_CODEC_DETAIL_SCALARS_HPP
#define SFMODELS_CODEC_DETAIL_SCALARS_HPP

#include <sfmodels/codec/error.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/detail/text/uuid.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/timestamp.hpp>

#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

namespace sfmodels::detail {

// How a scalar that is not a plain JSON string reads from and writes to text.
// Every 64-bit integer of the Service Fabric models travels as a JSON string;
// 32-bit integers travel as JSON numbers.
template<class T>
struct scalar_codec
{
    static constexpr bool from_string = false;
};

// A JSON number that is not an int64 is either too big or not an integer.
constexpr error non_integer_number(std::string_view text) noexcept
{
    return text.find_first_of(".eE") == std::string_view::npos ? error::out_of_range : error::bad_integer;
}

template<>
struct scalar_codec<boost::uuids::uuid>
{
    static constexpr bool from_string = true;
    static constexpr bool quoted = true;
    static constexpr std::size_t max_size = uuid_text_size;

    static error parse(std::string_view s, boost::uuids::uuid& v) noexcept
    {
        return parse_uuid(s, v) ? error{} : error::bad_uuid;
    }
    static char* format(boost::uuids::uuid const& v, char* out) noexcept
    {
        format_uuid(v, out);
        return out + uuid_text_size;
    }
};

template<>
struct scalar_codec<timestamp>
{
    static constexpr bool from_string = true;
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

template<class Int>
    requires(std::is_same_v<Int, std::int64_t> || std::is_same_v<Int, std::int32_t>)
struct scalar_codec<Int>
{
    static constexpr bool from_string = true;
    static constexpr bool quoted = sizeof(Int) == 8;
    static constexpr std::size_t max_size = int64_text_max;

    static error store(std::int64_t i, Int& v) noexcept
    {
        if (i < std::numeric_limits<Int>::min() || i > std::numeric_limits<Int>::max())
            return error::out_of_range;
        v = static_cast<Int>(i);
        return {};
    }
    static error parse(std::string_view s, Int& v) noexcept
    {
        std::int64_t i = 0;
        switch (parse_int64(s, i)) {
        case int_parse::ok: return store(i, v);
        case int_parse::out_of_range: return error::out_of_range;
        default: return error::bad_integer;
        }
    }
    static error from_number(bool is_int64, std::int64_t i, std::string_view text, Int& v) noexcept
    {
        return is_int64 ? store(i, v) : non_integer_number(text);
    }
    static char* format(Int v, char* out) noexcept { return format_int64(v, out); }
};

template<class E>
struct scalar_codec<open_enum<E>>
{
    static constexpr bool from_string = true;

    static error parse(std::string_view s, open_enum<E>& v)
    {
        v.assign(s);
        return {};
    }
};

} // namespace sfmodels::detail

#endif
