#ifndef SFMODELS_CLIENT_ENDPOINT_HPP
#define SFMODELS_CLIENT_ENDPOINT_HPP

#include <sfmodels/client/error.hpp>

#include <string>
#include <string_view>

namespace sfmodels::client {

/// Where a cluster's HTTP gateway listens: `https://host[:port]`, or `http://`
/// for a cluster that is not secured. The port defaults to 19080, the
/// gateway's usual one. An IPv6 address goes in brackets: https://[::1]:19080.
struct endpoint
{
    bool tls = true;
    std::string host;   ///< without brackets
    std::string port;

    /// The value of a Host header for it: host, or host:port.
    std::string host_header() const
    {
        std::string h = host.find(':') != std::string::npos ? "[" + host + "]" : host;
        return h + ":" + port;
    }
};

/// Parses `url` into `out`; errc::bad_endpoint, and `out` unchanged, unless
/// it is a scheme, a host and an optional port, with at most a "/" after them.
inline boost::system::error_code parse_endpoint(std::string_view url, endpoint& out)
{
    endpoint e;
    if (url.starts_with("https://"))
        url.remove_prefix(8);
    else if (url.starts_with("http://")) {
        e.tls = false;
        url.remove_prefix(7);
    } else
        return errc::bad_endpoint;
    if (url.ends_with('/'))
        url.remove_suffix(1);
    std::string_view host = url, port = "19080";
    if (url.starts_with('[')) {
        auto const close = url.find(']');
        if (close == std::string_view::npos)
            return errc::bad_endpoint;
        host = url.substr(1, close - 1);
        std::string_view const rest = url.substr(close + 1);
        if (!rest.empty()) {
            if (rest[0] != ':')
                return errc::bad_endpoint;
            port = rest.substr(1);
        }
    } else if (auto const colon = url.rfind(':'); colon != std::string_view::npos) {
        host = url.substr(0, colon);
        port = url.substr(colon + 1);
    }
    if (host.empty() || host.find_first_of("/?#@ ") != std::string_view::npos || port.empty() || port.size() > 5 ||
        port.find_first_not_of("0123456789") != std::string_view::npos)
        return errc::bad_endpoint;
    e.host = host;
    e.port = port;
    out = std::move(e);
    return {};
}

} // namespace sfmodels::client

#endif
