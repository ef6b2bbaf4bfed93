#ifndef SFMODELS_CODEC_DETAIL_SCALAR_UUID_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_UUID_HPP

#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/detail/text/uuid.hpp>

#include <boost/uuid/uuid.hpp>

namespace sfmodels::detail {

/// Swagger's format "uuid": exactly 8-4-4-4-12 hex digits, either case; written in lower case.
template<>
struct scalar_codec<boost::uuids::uuid>
{
    static constexpr bool from_string = true;
    static constexpr bool from_number = false;
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

} // namespace sfmodels::detail

#endif
