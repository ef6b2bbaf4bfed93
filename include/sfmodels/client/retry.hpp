#ifndef SFMODELS_CLIENT_RETRY_HPP
#define SFMODELS_CLIENT_RETRY_HPP

#include <sfmodels/rest/request.hpp>

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/http/error.hpp>

#include <algorithm>
#include <chrono>
#include <string_view>

namespace sfmodels::client {

/** When a call sends its request again. Only a request that is safe to
    repeat is ever sent twice (see repeatable); it is, after a connection
    failure (refused, reset, closed before the response came) or an HTTP 503,
    up to `max_attempts` sends in all, waiting `first_backoff`, then twice as
    long each time up to `max_backoff`. The call's deadline bounds the whole:
    when a wait would end after it, the call ends with the last outcome (the
    503 response, or the connection's error).
*/
struct retry_policy
{
    unsigned max_attempts = 3;
    std::chrono::milliseconds first_backoff{100};
    std::chrono::milliseconds max_backoff{2000};

    /// The wait before send number `attempt` + 1 (attempt counts from 1).
    std::chrono::milliseconds backoff(unsigned attempt) const noexcept
    {
        auto wait = first_backoff;
        for (unsigned i = 1; i < attempt && wait < max_backoff; ++i)
            wait *= 2;
        return std::min(wait, max_backoff);
    }

    /// Never send twice.
    static retry_policy none() noexcept { return {1, {}, {}}; }
};

/// Whether sending `Op` twice does no more than sending it once: a GET, or an
/// operation that carries an OperationId, which the cluster uses to recognize
/// the second request of a fault or backup operation as the first.
template<rest::operation Op>
inline constexpr bool repeatable =
    std::string_view(Op::info.method) == "GET" || requires { &Op::OperationId; };

/// Whether `ec` is a failure of the connection that a new one may not have.
inline bool is_connection_failure(boost::system::error_code const& ec) noexcept
{
    namespace e = boost::asio::error;
    return ec == e::connection_refused || ec == e::connection_reset || ec == e::connection_aborted ||
           ec == e::broken_pipe || ec == e::eof || ec == e::network_unreachable || ec == e::host_unreachable ||
           ec == e::timed_out || ec == boost::beast::http::error::end_of_stream ||
           ec == boost::beast::http::error::partial_message || ec == boost::asio::ssl::error::stream_truncated;
}

} // namespace sfmodels::client

#endif
