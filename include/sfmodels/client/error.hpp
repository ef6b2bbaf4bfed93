#ifndef SFMODELS_CLIENT_ERROR_HPP
#define SFMODELS_CLIENT_ERROR_HPP

#include <boost/system/error_code.hpp>

#include <string>
#include <type_traits>

namespace sfmodels::client {

/// What went wrong on the client's side of a call, beside the errors of the
/// socket, TLS and HTTP layers that a call passes through as they are.
enum class errc
{
    bad_endpoint = 1,            ///< the endpoint is not http[s]://host[:port]
    insecure_http_not_allowed,   ///< an http:// endpoint without allow_insecure_http
    bad_tls_options,             ///< a certificate, key or CA file that does not load, or no way to verify the server
    server_verification_failed,  ///< the server's certificate is not the one expected
    invalid_request,             ///< a parameter of the operation is invalid (nothing was sent)
    timeout,                     ///< the call's deadline passed
    cancelled,                   ///< connection::cancel() stopped the call
    not_open,                    ///< the connection was not opened
};

namespace detail {

class client_category_impl : public boost::system::error_category
{
public:
    char const* name() const noexcept override { return "sfmodels.client"; }

    std::string message(int ev) const override
    {
        switch (static_cast<errc>(ev)) {
        case errc::bad_endpoint: return "bad endpoint";
        case errc::insecure_http_not_allowed: return "plain HTTP was not allowed";
        case errc::bad_tls_options: return "bad TLS options";
        case errc::server_verification_failed: return "server verification failed";
        case errc::invalid_request: return "invalid request";
        case errc::timeout: return "deadline expired";
        case errc::cancelled: return "call cancelled";
        case errc::not_open: return "connection not opened";
        }
        return "unknown client error";
    }
};

} // namespace detail

inline boost::system::error_category const& client_category() noexcept
{
    static detail::client_category_impl const c;
    return c;
}

inline boost::system::error_code make_error_code(errc e) noexcept
{
    return {static_cast<int>(e), client_category()};
}

/** The outcome of a call on the transport's side: converts to `true` on
    failure. An HTTP response, whatever its status, is not a failure here; the
    rest::response says what it held. `detail` says why when the code alone
    would not, e.g. which thumbprint the server presented.
*/
struct call_error
{
    boost::system::error_code code;
    std::string detail;
    unsigned attempts = 0;   ///< requests sent or tried, retries included

    explicit operator bool() const noexcept { return code.failed(); }
    bool ok() const noexcept { return !code.failed(); }

    /// e.g. "server verification failed: server certificate thumbprint 12AB... does not match expected 34CD..."
    std::string message() const { return detail.empty() ? code.message() : code.message() + ": " + detail; }
};

} // namespace sfmodels::client

template<>
struct boost::system::is_error_code_enum<sfmodels::client::errc> : std::true_type
{
};

#endif
