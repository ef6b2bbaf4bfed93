#ifndef SFMODELS_REST_ERROR_HPP
#define SFMODELS_REST_ERROR_HPP

#include <boost/system/error_code.hpp>

#include <string>
#include <string_view>
#include <type_traits>

namespace sfmodels::rest {

/// What is wrong with a request, or with a response that is not what an operation documents.
enum class errc
{
    missing_parameter = 1,    ///< a required parameter was not given
    unknown_parameter,        ///< the operation has no parameter of that name
    invalid_parameter,        ///< the value is not of the parameter's form
    out_of_range_parameter,   ///< the value is outside the parameter's bounds
    not_a_fabric_name,        ///< a service name that is not fabric:/name[/name...]
    buffer_too_small,         ///< the request target does not fit the caller's buffer
    unexpected_status,        ///< a status the operation does not document, without a FabricError body
    bad_error_body,           ///< an error status whose body is not a FabricError
    bad_body,                 ///< a success status whose body does not decode
};

namespace detail {

class errc_category_impl final : public boost::system::error_category
{
public:
    constexpr errc_category_impl() noexcept : boost::system::error_category(0x5f726573745f6572ull) {}

    char const* name() const noexcept override { return "sfmodels.rest"; }

    char const* message(int ev, char*, std::size_t) const noexcept override
    {
        switch (static_cast<errc>(ev)) {
        case errc::missing_parameter: return "missing required parameter";
        case errc::unknown_parameter: return "unknown parameter";
        case errc::invalid_parameter: return "invalid parameter value";
        case errc::out_of_range_parameter: return "parameter value out of range";
        case errc::not_a_fabric_name: return "not a fabric: service name";
        case errc::buffer_too_small: return "request target does not fit the buffer";
        case errc::unexpected_status: return "unexpected HTTP status";
        case errc::bad_error_body: return "error response body is not a FabricError";
        case errc::bad_body: return "response body does not decode";
        }
        return "unknown sfmodels.rest error";
    }

    std::string message(int ev) const override { return message(ev, nullptr, 0); }
};

inline constexpr errc_category_impl errc_category_instance;

} // namespace detail

inline boost::system::error_category const& rest_category() noexcept
{
    return detail::errc_category_instance;
}

inline boost::system::error_code make_error_code(errc e) noexcept
{
    return {static_cast<int>(e), rest_category()};
}

/** Why a request cannot be written: the error, the parameter concerned and
    what that parameter accepts. Converts to `true` on failure.

    `parameter` and `expected` view static text or, for parse_request(), the
    caller's own parameter names; nothing here allocates.
*/
struct request_error
{
    boost::system::error_code code;
    std::string_view parameter;   ///< the spec's name, e.g. "timeout"; empty if none
    std::string_view expected;    ///< e.g. "1..4294967295 seconds"; empty if nothing to add

    bool ok() const noexcept { return !code.failed(); }
    explicit operator bool() const noexcept { return code.failed(); }

    /// e.g. "timeout: parameter value out of range (expected 1..4294967295 seconds)"
    std::string message() const
    {
        std::string s;
        if (!parameter.empty()) {
            s += parameter;
            s += ": ";
        }
        s += code.message();
        if (!expected.empty()) {
            s += " (expected ";
            s += expected;
            s += ')';
        }
        return s;
    }
};

} // namespace sfmodels::rest

template<>
struct boost::system::is_error_code_enum<sfmodels::rest::errc> : std::true_type {};

#endif
