#ifndef SFMODELS_CODEC_ERROR_HPP
#define SFMODELS_CODEC_ERROR_HPP

#include <boost/system/error_code.hpp>

#include <string>
#include <type_traits>

namespace sfmodels {

/// What went wrong while decoding or encoding a model.
enum class error
{
    syntax = 1,         ///< the text is not valid JSON
    incomplete,         ///< the text ended inside the document
    trailing_data,      ///< non-whitespace after the end of the document
    too_deep,           ///< nesting exceeds limits::max_depth
    too_large,          ///< a string, key or the document exceeds its limit
    wrong_type,         ///< the JSON type does not fit the member
    bad_uuid,           ///< a uuid is not 8-4-4-4-12 hexadecimal digits
    bad_timestamp,      ///< a date-time is not RFC 3339
    bad_integer,        ///< a number or numeric string is not an integer
    out_of_range,       ///< an integer does not fit its member
    missing_member,     ///< a required member is absent or null
    unknown_kind,       ///< a polymorphic object names a kind not known
    invalid_utf8,       ///< a string to encode is not valid UTF-8
    buffer_too_small,   ///< the output buffer cannot hold the encoding
    bad_duration,       ///< a duration is not ISO 8601 or exceeds 64-bit ticks
    bad_number,         ///< a string that should hold a number does not
};

namespace detail {

class error_category_impl final : public boost::system::error_category
{
public:
    constexpr error_category_impl() noexcept : boost::system::error_category(0x5f6d6f64656c73ull) {}

    char const* name() const noexcept override { return "sfmodels"; }

    char const* message(int ev, char*, std::size_t) const noexcept override
    {
        switch (static_cast<error>(ev)) {
        case error::syntax: return "invalid JSON";
        case error::incomplete: return "unexpected end of input";
        case error::trailing_data: return "unexpected data after the document";
        case error::too_deep: return "document nested too deeply";
        case error::too_large: return "value exceeds the size limit";
        case error::wrong_type: return "wrong JSON type";
        case error::bad_uuid: return "malformed uuid";
        case error::bad_timestamp: return "malformed date-time";
        case error::bad_integer: return "not an integer";
        case error::out_of_range: return "number out of range";
        case error::missing_member: return "missing required member";
        case error::unknown_kind: return "unknown kind";
        case error::invalid_utf8: return "invalid UTF-8";
        case error::buffer_too_small: return "output buffer too small";
        case error::bad_duration: return "malformed duration";
        case error::bad_number: return "not a number";
        }
        return "unknown sfmodels error";
    }

    std::string message(int ev) const override { return message(ev, nullptr, 0); }
};

inline constexpr error_category_impl error_category_instance;

} // namespace detail

inline boost::system::error_category const& error_category() noexcept
{
    return detail::error_category_instance;
}

inline boost::system::error_code make_error_code(error e) noexcept
{
    return {static_cast<int>(e), error_category()};
}

} // namespace sfmodels

template<>
struct boost::system::is_error_code_enum<sfmodels::error> : std::true_type {};

#endif
