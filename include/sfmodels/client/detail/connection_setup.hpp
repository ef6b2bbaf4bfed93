#ifndef SFMODELS_CLIENT_DETAIL_CONNECTION_SETUP_HPP
#define SFMODELS_CLIENT_DETAIL_CONNECTION_SETUP_HPP

// The definitions of client::connection that make a connection: open() takes
// the options, connect() resolves, connects and shakes hands (the server's
// certificate checked as tls_options says), stale() sees whether the server
// closed an idle one.

#include <boost/asio/connect.hpp>

#include <openssl/ssl.h>

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
            return {errc::insecure_http_not_allowed,
                    "'" + std::string(url) + "' is not encrypted, and allow_insecure_http is not set", 0};
        ctx_ = std::make_unique<boost::asio::ssl::context>(boost::asio::ssl::context::tls_client);   // never handshakes
        return {};
    }
    return detail::make_tls_context(options_.tls, endpoint_.host, verification_, ctx_);
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
    // Asio asks OpenSSL to free its 16 KiB record buffers whenever they are
    // empty, which costs three mallocs per call; a kept connection keeps them.
    SSL_clear_mode(stream_->native_handle(), SSL_MODE_RELEASE_BUFFERS);
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

} // namespace sfmodels::client

#endif
