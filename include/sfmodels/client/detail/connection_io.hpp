#ifndef SFMODELS_CLIENT_DETAIL_CONNECTION_IO_HPP
#define SFMODELS_CLIENT_DETAIL_CONNECTION_IO_HPP

// The definitions of client::connection (sfmodels/client/connection.hpp):
// asynchronous operations run to completion on the connection's io_context,
// each bounded by the call's deadline through one timer.

#include <boost/asio/connect.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/read.hpp>

#include <openssl/ssl.h>

#include <array>

namespace sfmodels::client {

inline call_error connection::open(std::string_view url, connection_options options)
{
    close();
    ctx_.reset();
    resolved_.reset();
    if (parse_endpoint(url, endpoint_))
        return {errc::bad_endpoint, "'" + std::string(url) + "' is not http[s]://host[:port]", 0};
    options_ = std::move(options);
    if (!endpoint_.tls) {
        if (!options_.allow_insecure_http)
            return {errc::insecure_http_not_allowed, "plain http:// was not allowed explicitly", 0};
        ctx_ = std::make_unique<boost::asio::ssl::context>(boost::asio::ssl::context::tls_client);   // never handshakes
        return {};
    }
    return detail::make_tls_context(options_.tls, endpoint_.host, verification_, ctx_);
}

template<class Start>
boost::system::error_code connection::run(Start&& start, time_point deadline)
{
    if (cancelled_)
        return errc::cancelled;
    boost::system::error_code result = boost::asio::error::would_block;
    timed_out_ = false;
    deadline_timer_.expires_at(deadline);
    deadline_timer_.async_wait([this](boost::system::error_code ec) {
        if (!ec) {
            timed_out_ = true;
            abort_io();
        }
    });
    start([this, &result](boost::system::error_code ec, auto&&...) {
        result = ec;
        deadline_timer_.cancel();
    });
    ioc_.restart();
    ioc_.run();
    if (timed_out_)
        return errc::timeout;
    if (cancelled_)
        return errc::cancelled;
    return result;
}

inline void connection::abort_io() noexcept
{
    boost::system::error_code ignored;
    resolver_.cancel();
    wait_timer_.cancel();
    if (stream_)
        stream_->next_layer().close(ignored);
}

inline void connection::cancel()
{
    cancel_requested_ = true;
    boost::asio::post(ioc_, [this] {
        if (cancel_requested_) {
            cancelled_ = true;
            abort_io();
        }
    });
}

inline void connection::close() noexcept
{
    boost::system::error_code ignored;
    if (stream_)
        stream_->next_layer().close(ignored);
    stream_.reset();
    buffer_.clear();
}

// A connection that is idle has nothing to read: readable bytes or an end of
// stream mean the server closed it (or sent a TLS close_notify first).
inline bool connection::stale() noexcept
{
    auto& socket = stream_->next_layer();
    boost::system::error_code ec;
    char c;
    socket.non_blocking(true, ec);
    socket.receive(boost::asio::buffer(&c, 1), tcp::socket::message_peek, ec);
    boost::system::error_code ignored;
    socket.non_blocking(false, ignored);
    return ec != boost::asio::error::would_block;
}

// A call clears what an earlier cancel() left: one that came between calls
// does not stop the next call.
inline void connection::begin_call()
{
    cancel_requested_ = false;
    cancelled_ = false;
    ioc_.restart();
    ioc_.poll();
}

inline call_error connection::connect(time_point deadline)
{
    namespace asio = boost::asio;
    if (!resolved_) {
        tcp::resolver::results_type results;
        if (auto ec = run([&](auto done) {
                resolver_.async_resolve(endpoint_.host, endpoint_.port,
                                        [&results, done](boost::system::error_code ec, tcp::resolver::results_type r) {
                                            results = std::move(r);
                                            done(ec);
                                        });
            }, deadline))
            return {ec, "resolving " + endpoint_.host, 0};
        resolved_ = std::move(results);
    }
    stream_.emplace(ioc_, *ctx_);
    buffer_.clear();
    if (auto ec = run([&](auto done) { asio::async_connect(stream_->next_layer(), *resolved_, done); }, deadline)) {
        close();
        return {ec, "connecting to " + endpoint_.host_header(), 0};
    }
    if (endpoint_.tls) {
        boost::system::error_code ec;
        asio::ip::make_address(endpoint_.host, ec);
        if (ec)   // SNI takes a name, not an address
            SSL_set_tlsext_host_name(stream_->native_handle(), endpoint_.host.c_str());
        verification_.failure.clear();
        ec = run([&](auto done) { stream_->async_handshake(stream_type::client, done); }, deadline);
        if (!ec && !verification_.expected_thumbprint.empty()) {   // the pin, whatever OpenSSL made of the chain
            X509* const peer = SSL_get1_peer_certificate(stream_->native_handle());
            if (!detail::has_thumbprint(peer, verification_.expected_thumbprint))
                verification_.failure = "server certificate thumbprint does not match expected " +
                                        verification_.expected_thumbprint;
            X509_free(peer);
        }
        if (!verification_.failure.empty()) {
            close();
            return {errc::server_verification_failed, verification_.failure, 0};
        }
        if (ec) {
            close();
            return {ec, "TLS handshake with " + endpoint_.host_header(), 0};
        }
    }
    ++connects_;
    return {};
}

inline call_error connection::attempt(detail::body_sink& sink, time_point deadline, unsigned& status)
{
    namespace asio = boost::asio;
    if (stream_ && stale())
        close();
    if (!stream_)
        if (call_error e = connect(deadline))
            return e;
    std::array<asio::const_buffer, 2> const out{asio::buffer(request_.head), asio::buffer(request_.body)};
    detail::response_reader reader(sink);
    auto const io = [&](auto& s) {
        if (auto ec = run([&](auto done) { asio::async_write(s, out, done); }, deadline))
            return ec;
        return run([&](auto done) { boost::beast::http::async_read(s, buffer_, reader, done); }, deadline);
    };
    boost::system::error_code const ec = endpoint_.tls ? io(*stream_) : io(stream_->next_layer());
    if (ec) {
        close();
        return {ec, {}, 0};
    }
    status = reader.status();
    if (!reader.keep_alive())
        close();
    return {};
}

inline call_error connection::exchange(request_text const& request, detail::body_sink& sink, bool repeatable,
                                       retry_policy const& retry, time_point deadline)
{
    if (!ctx_)
        return {errc::not_open, {}, 0};
    begin_call();
    if (&request != &request_)
        request_ = request;
    unsigned const attempts = repeatable ? std::max(retry.max_attempts, 1u) : 1u;
    for (unsigned n = 1;; ++n) {
        unsigned status = 0;
        call_error e = attempt(sink, deadline, status);
        e.attempts = n;
        bool const again = e ? is_connection_failure(e.code) : status == 503;
        if (!again || n == attempts)
            return e;
        auto const next = std::chrono::steady_clock::now() + retry.backoff(n);
        if (next >= deadline)
            return {errc::timeout, "no time left to retry after " + (e ? e.message() : "HTTP 503"), n};
        if (call_error w = wait_until(next)) {
            w.attempts = n;
            return w;
        }
    }
}

inline call_error connection::wait_until(time_point t)
{
    auto const ec = run([&](auto done) {
        wait_timer_.expires_at(t);
        wait_timer_.async_wait(done);
    }, t + std::chrono::hours(1));
    return {ec, {}, 0};
}

} // namespace sfmodels::client

#endif
