#ifndef SFMODELS_TESTS_INTEGRATION_LOOPBACK_SERVER_HPP
#define SFMODELS_TESTS_INTEGRATION_LOOPBACK_SERVER_HPP

// An HTTP/1.1 server on 127.0.0.1 and an ephemeral port, on its own thread,
// answering each request (one per connection) through a test's handler. It
// records every request, stops when destroyed and in any case after
// `lifetime`, so a test using it cannot hang on it.

#include "support/loopback_base.hpp"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace sfmodels::test {

struct loopback_request
{
    std::string method;
    std::string target;
    std::string content_type;
    std::string body;
};

class loopback_server : public loopback_base<loopback_request>
{
public:
    using request = loopback_request;

    struct reply
    {
        unsigned status = 200;
        std::string body;
    };

    /// The reply to a request, or nothing to leave the client waiting.
    using handler = std::function<std::optional<reply>(request const&)>;

    explicit loopback_server(handler h, std::chrono::seconds lifetime = std::chrono::seconds(20))
        : handler_(std::move(h))
    {
        accept();
        start(lifetime);
    }

    ~loopback_server() { stop(); }

private:
    class session : public std::enable_shared_from_this<session>
    {
    public:
        session(tcp::socket socket, loopback_server& server) : stream_(std::move(socket)), server_(server) {}

        void start()
        {
            namespace http = boost::beast::http;
            http::async_read(stream_, buffer_, req_,
                             [self = shared_from_this()](boost::system::error_code ec, std::size_t) {
                                 if (!ec)
                                     self->respond();
                             });
        }

    private:
        void respond()
        {
            namespace http = boost::beast::http;
            request seen{std::string(req_.method_string()), std::string(req_.target()),
                         std::string(req_[http::field::content_type]), req_.body()};
            std::optional<reply> answer = server_.handler_(seen);
            server_.record(std::move(seen), answer ? nullptr : shared_from_this());
            if (!answer)
                return;
            res_.result(answer->status);
            res_.version(11);
            res_.keep_alive(false);
            if (!answer->body.empty())
                res_.set(http::field::content_type, "application/json; charset=utf-8");
            res_.body() = std::move(answer->body);
            res_.prepare_payload();
            http::async_write(stream_, res_, [self = shared_from_this()](boost::system::error_code, std::size_t) {
                boost::system::error_code ignored;
                self->stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
            });
        }

        boost::beast::tcp_stream stream_;
        loopback_server& server_;
        boost::beast::flat_buffer buffer_;
        boost::beast::http::request<boost::beast::http::string_body> req_;
        boost::beast::http::response<boost::beast::http::string_body> res_;
    };

    void accept()
    {
        acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
            if (ec)
                return;
            std::make_shared<session>(std::move(socket), *this)->start();
            accept();
        });
    }

    handler handler_;
};

} // namespace sfmodels::test

#endif
