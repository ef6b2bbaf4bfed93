#ifndef SFMODELS_TESTS_CLIENT_TLS_SERVER_HPP
#define SFMODELS_TESTS_CLIENT_TLS_SERVER_HPP

// An HTTPS/1.1 server on 127.0.0.1 and an ephemeral port, on its own thread,
// for the client tests: keep-alive, a count of accepted connections, an
// optional demand for a client certificate, and replies that a test shapes
// (chunked, "Connection: close", a close without notice, no reply at all).
// It stops when destroyed and in any case after `lifetime`.

#include "support/loopback_base.hpp"

#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace sfmodels::test {

struct tls_request
{
    std::string method;
    std::string target;
    std::string body;
};

class tls_server : public loopback_base<tls_request>
{
public:
    using request = tls_request;

    struct reply
    {
        unsigned status = 200;
        std::string body;
        std::size_t chunk = 0;   ///< > 0: chunked transfer encoding, chunks of this size
        bool close = false;      ///< say "Connection: close" and close
        bool drop = false;       ///< close after the reply without saying so
    };

    /// The reply to a request, or nothing to leave the client waiting.
    using handler = std::function<std::optional<reply>(request const&)>;

    struct options
    {
        std::string certificate_file, key_file;
        std::string client_ca_file;   ///< non-empty: a client certificate signed by it is required
    };

    tls_server(options const& o, handler h, std::chrono::seconds lifetime = std::chrono::seconds(20))
        : handler_(std::move(h))
    {
        ctx_.use_certificate_chain_file(o.certificate_file);
        ctx_.use_private_key_file(o.key_file, boost::asio::ssl::context::pem);
        if (!o.client_ca_file.empty()) {
            ctx_.load_verify_file(o.client_ca_file);
            ctx_.set_verify_mode(boost::asio::ssl::verify_peer | boost::asio::ssl::verify_fail_if_no_peer_cert);
        }
        accept();
        start(lifetime);
    }

    ~tls_server() { stop(); }

    std::size_t accepted() const { return accepted_; }

private:

    static std::string text_of(reply const& r)
    {
        std::string s = "HTTP/1.1 " + std::to_string(r.status) + " Test\r\nContent-Type: application/json\r\n";
        if (r.close)
            s += "Connection: close\r\n";
        if (r.chunk == 0)
            return s + "Content-Length: " + std::to_string(r.body.size()) + "\r\n\r\n" + r.body;
        s += "Transfer-Encoding: chunked\r\n\r\n";
        char size[32];
        for (std::size_t at = 0; at < r.body.size(); at += r.chunk) {
            std::string const piece = r.body.substr(at, r.chunk);
            std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
            s += size + piece + "\r\n";
        }
        return s + "0\r\n\r\n";
    }

    class session : public std::enable_shared_from_this<session>
    {
    public:
        session(tcp::socket socket, tls_server& server) : stream_(std::move(socket), server.ctx_), server_(server) {}

        void start()
        {
            stream_.async_handshake(boost::asio::ssl::stream_base::server,
                                    [self = shared_from_this()](boost::system::error_code ec) {
                                        if (!ec)
                                            self->read();
                                    });
        }

    private:
        void read()
        {
            req_ = {};
            boost::beast::http::async_read(stream_, buffer_, req_,
                                           [self = shared_from_this()](boost::system::error_code ec, std::size_t) {
                                               if (!ec)
                                                   self->respond();
                                           });
        }

        void respond()
        {
            request seen{std::string(req_.method_string()), std::string(req_.target()), req_.body()};
            std::optional<reply> const answer = server_.handler_(seen);
            server_.record(std::move(seen), answer ? nullptr : shared_from_this());
            if (!answer)
                return;
            out_ = text_of(*answer);
            bool const close = answer->close || answer->drop;
            boost::asio::async_write(stream_, boost::asio::buffer(out_),
                                     [self = shared_from_this(), close](boost::system::error_code ec, std::size_t) {
                                         if (ec)
                                             return;
                                         if (!close)
                                             return self->read();
                                         boost::system::error_code ignored;
                                         self->stream_.next_layer().shutdown(tcp::socket::shutdown_both, ignored);
                                         self->stream_.next_layer().close(ignored);
                                     });
        }

        boost::asio::ssl::stream<tcp::socket> stream_;
        tls_server& server_;
        boost::beast::flat_buffer buffer_;
        boost::beast::http::request<boost::beast::http::string_body> req_;
        std::string out_;
    };

    void accept()
    {
        acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
            if (ec)
                return;
            ++accepted_;
            std::make_shared<session>(std::move(socket), *this)->start();
            accept();
        });
    }

    boost::asio::ssl::context ctx_{boost::asio::ssl::context::tls_server};
    handler handler_;
    std::atomic<std::size_t> accepted_{0};
};

} // namespace sfmodels::test

#endif
