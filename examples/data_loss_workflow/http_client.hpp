#ifndef SFMODELS_EXAMPLES_DATA_LOSS_WORKFLOW_HTTP_CLIENT_HPP
#define SFMODELS_EXAMPLES_DATA_LOSS_WORKFLOW_HTTP_CLIENT_HPP

// A minimal blocking HTTP/1.1 client on Boost.Beast: one connection per
// request, every request bounded by a timeout. sfmodels does not depend on
// it; any client that can send a method, a target and a body will do.

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace example {

struct http_response
{
    unsigned status = 0;
    std::string body;
};

class http_client
{
public:
    http_client(std::string host, std::string port, std::chrono::milliseconds timeout)
        : host_(std::move(host)), port_(std::move(port)), timeout_(timeout)
    {
    }

    /// Sends one request and reads the whole response; an error if either fails or times out.
    boost::system::error_code send(std::string_view method, std::string_view target, std::string_view body,
                                   http_response& out)
    {
        namespace http = boost::beast::http;
        using tcp = boost::asio::ip::tcp;

        boost::system::error_code result;
        auto const endpoints = tcp::resolver(ioc_).resolve(host_, port_, result);
        if (result)
            return result;

        http::request<http::string_body> req(http::string_to_verb(method), target, 11);
        req.set(http::field::host, host_);
        req.set(http::field::user_agent, "sfmodels-data-loss-workflow");
        if (!body.empty()) {
            req.set(http::field::content_type, "application/json");
            req.body() = body;
        }
        req.prepare_payload();

        boost::beast::tcp_stream stream(ioc_);
        boost::beast::flat_buffer buffer;
        http::response<http::string_body> res;
        stream.expires_after(timeout_);   // one deadline for connect, write and read
        stream.async_connect(endpoints, [&](boost::system::error_code ec, tcp::endpoint const&) {
            if (ec)
                return void(result = ec);
            http::async_write(stream, req, [&](boost::system::error_code ec, std::size_t) {
                if (ec)
                    return void(result = ec);
                http::async_read(stream, buffer, res, [&](boost::system::error_code ec, std::size_t) { result = ec; });
            });
        });
        ioc_.restart();
        ioc_.run();

        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        if (!result) {
            out.status = res.result_int();
            out.body = std::move(res.body());
        }
        return result;
    }

private:
    boost::asio::io_context ioc_;
    std::string host_;
    std::string port_;
    std::chrono::milliseconds timeout_;
};

} // namespace example

#endif
