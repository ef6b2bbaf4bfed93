#ifndef SFMODELS_CLIENT_CONNECTION_HPP
#define SFMODELS_CLIENT_CONNECTION_HPP

#include <sfmodels/client/endpoint.hpp>
#include <sfmodels/client/error.hpp>
#include <sfmodels/client/retry.hpp>
#include <sfmodels/client/tls_options.hpp>
#include <sfmodels/client/detail/response_reader.hpp>
#include <sfmodels/client/detail/tls_context.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace sfmodels::client {

/// How a connection is made.
struct connection_options
{
    tls_options tls;
    bool allow_insecure_http = false;   ///< let an http:// endpoint through (a cluster that is not secured)
    std::string user_agent = "sfmodels";
};

/// A request ready to send: what call() writes for an operation.
struct request_text
{
    std::string head;   ///< request line and header fields, up to and with the blank line
    std::string body;
};

/** One HTTP/1.1 connection to a cluster's gateway, kept open across calls.

    A connection is made at the first call and reused by the next ones. When
    the server has closed it in between (an idle timeout, "Connection: close")
    the next call makes a new one before sending. Calls run one at a time on
    the calling thread (the connection has its own io_context); cancel() may
    come from any thread. A connection is neither copied nor moved: its TLS
    context refers to it.

    Steady state (a connection that is up, a request of the same size as the
    last, a response of the same shape) allocates nothing in this class: the
    request text, the read buffer and the handlers' memory are reused.
*/
class connection
{
public:
    connection() = default;
    connection(connection const&) = delete;
    connection& operator=(connection const&) = delete;

    /// Takes the endpoint `url` and the options; loads the certificates and
    /// keys. Connects nothing yet. Fails with bad_endpoint,
    /// insecure_http_not_allowed or bad_tls_options (with the reason).
    call_error open(std::string_view url, connection_options options);

    /** Sends `request` and reads the response into `sink`, before
        `deadline`, with the retries `retry` allows when `repeatable`: the
        untyped step under client::call(). */
    call_error exchange(request_text const& request, detail::body_sink& sink, bool repeatable,
                        retry_policy const& retry, std::chrono::steady_clock::time_point deadline);

    /// Waits until `t`; errc::cancelled if cancel() comes first.
    call_error wait_until(std::chrono::steady_clock::time_point t);

    /// Stops the call in progress on this connection (from any thread): it
    /// ends with errc::cancelled, and the socket is closed.
    void cancel();

    /// Closes the socket; the next call connects again.
    void close() noexcept;

    endpoint const& where() const noexcept { return endpoint_; }
    connection_options const& options() const noexcept { return options_; }
    bool is_open() const noexcept { return ctx_ != nullptr; }

    /// Connections made so far (TCP connects that completed their handshake).
    std::size_t connects() const noexcept { return connects_; }

    /// The request text buffers, reused from call to call.
    request_text& request_buffer() noexcept { return request_; }

private:
    using tcp = boost::asio::ip::tcp;
    using stream_type = boost::asio::ssl::stream<tcp::socket>;
    using time_point = std::chrono::steady_clock::time_point;

    template<class Start>
    boost::system::error_code run(Start&& start, time_point deadline);
    void abort_io() noexcept;
    bool stale() noexcept;
    call_error connect(time_point deadline);
    call_error attempt(detail::body_sink& sink, time_point deadline, unsigned& status);
    void begin_call();

    boost::asio::io_context ioc_{1};
    endpoint endpoint_;
    connection_options options_;
    detail::verification verification_;
    std::unique_ptr<boost::asio::ssl::context> ctx_;
    tcp::resolver resolver_{ioc_};
    std::optional<tcp::resolver::results_type> resolved_;
    std::optional<stream_type> stream_;
    boost::beast::flat_buffer buffer_;
    boost::asio::steady_timer deadline_timer_{ioc_};
    boost::asio::steady_timer wait_timer_{ioc_};
    request_text request_;
    std::atomic<bool> cancel_requested_{false};
    bool cancelled_ = false;
    bool timed_out_ = false;
    std::size_t connects_ = 0;
};

} // namespace sfmodels::client

#include <sfmodels/client/detail/connection_io.hpp>
#include <sfmodels/client/detail/connection_setup.hpp>

#endif
