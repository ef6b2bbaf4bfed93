#ifndef SFMODELS_CLIENT_DETAIL_RESPONSE_READER_HPP
#define SFMODELS_CLIENT_DETAIL_RESPONSE_READER_HPP

// An HTTP response parser that keeps no header fields and no body: it hands
// the status and each piece of the body, de-chunked, to a body_sink as the
// bytes come off the socket. Constructing one allocates nothing.

#include <boost/beast/http/basic_parser.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sfmodels::client::detail {

/// Where a response goes: begin() with the status, piece() for each part of
/// the body in order, end() once it is complete.
class body_sink
{
public:
    virtual void begin(unsigned status) = 0;
    virtual void piece(std::string_view part) = 0;
    virtual void end() = 0;

protected:
    ~body_sink() = default;
};

class response_reader : public boost::beast::http::basic_parser<false>
{
public:
    explicit response_reader(body_sink& sink) noexcept : sink_(sink)
    {
        body_limit(boost::none);   // the decoder's own limits bound the body
    }

    unsigned status() const noexcept { return status_; }

private:
    using string_view = boost::beast::string_view;
    using error_code = boost::system::error_code;
    using field = boost::beast::http::field;
    using verb = boost::beast::http::verb;

    void on_request_impl(verb, string_view, string_view, int, error_code&) override {}

    void on_response_impl(int code, string_view, int, error_code&) override
    {
        status_ = static_cast<unsigned>(code);
    }

    void on_field_impl(field, string_view, string_view, error_code&) override {}

    void on_header_impl(error_code&) override { sink_.begin(status_); }

    void on_body_init_impl(boost::optional<std::uint64_t> const&, error_code&) override {}

    std::size_t on_body_impl(string_view body, error_code&) override
    {
        sink_.piece({body.data(), body.size()});
        return body.size();
    }

    void on_chunk_header_impl(std::uint64_t, string_view, error_code&) override {}

    std::size_t on_chunk_body_impl(std::uint64_t, string_view body, error_code&) override
    {
        sink_.piece({body.data(), body.size()});
        return body.size();
    }

    void on_finish_impl(error_code&) override { sink_.end(); }

    body_sink& sink_;
    unsigned status_ = 0;
};

} // namespace sfmodels::client::detail

#endif
