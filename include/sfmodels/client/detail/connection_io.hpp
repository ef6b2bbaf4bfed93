#ifndef SFMODELS_CLIENT_DETAIL_CONNECTION_IO_HPP
#define SFMODELS_CLIENT_DETAIL_CONNECTION_IO_HPP

// The definitions of client::connection (sfmodels/client/connection.hpp):
// asynchronous operations run to completion on the connection's io_context,
// each bounded by the call's deadline through one timer.

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/read.hpp>

#include <array>

namespace sfmodels::client {

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

// A call clears what an earlier cancel() left: one that came between calls
// does not stop the next call.
inline void connection::begin_call()
{
    cancel_requested_ = false;
    cancelled_ = false;
    ioc_.restart();
    ioc_.poll();
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
            return e;   // no time left for another send: the last outcome stands
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
