#ifndef SFMODELS_CLIENT_DETAIL_REQUEST_WRITER_HPP
#define SFMODELS_CLIENT_DETAIL_REQUEST_WRITER_HPP

// Writes an operation's HTTP/1.1 request into reused strings: the request
// line with the target written in place by rest::write_target, the header
// fields, and the body encoded by the codec. Once the strings have grown to
// the size of a request, writing the same request again allocates nothing.

#include <sfmodels/client/connection.hpp>
#include <sfmodels/rest/request.hpp>

#include <charconv>
#include <span>
#include <string>
#include <string_view>

namespace sfmodels::client::detail {

inline void append_number(std::string& out, std::size_t n)
{
    char digits[24];
    auto const r = std::to_chars(digits, digits + sizeof digits, n);
    out.append(digits, r.ptr);
}

// " HTTP/1.1" and the fields every request has, after the target.
inline void append_common_fields(std::string& h, endpoint const& where, std::string_view user_agent)
{
    bool const v6 = where.host.find(':') != std::string::npos;
    h += " HTTP/1.1\r\nHost: ";
    h += std::string_view("[", v6);
    h += where.host;
    h += v6 ? "]:" : ":";
    h += where.port;
    h += "\r\nUser-Agent: ";
    h += user_agent;
    h += "\r\nAccept: application/json\r\n";
}

inline void append_field(std::string& h, std::string_view name, std::string_view value)
{
    h += name;
    h += ": ";
    h += value;
    h += "\r\n";
}

// The body's fields and the blank line that ends the head.
inline void append_body_fields(std::string& h, std::size_t body_size)
{
    if (body_size != 0)
        h += "Content-Type: application/json\r\n";
    h += "Content-Length: ";
    append_number(h, body_size);
    h += "\r\n\r\n";
}

template<rest::operation Op>
rest::request_error write_request(Op const& op, endpoint const& where, std::string_view user_agent, request_text& out)
{
    if (rest::request_error const e = rest::validate(op))
        return e;
    if (auto const ec = rest::encode_body(op, out.body))
        return {ec, "body", {}};
    std::string& h = out.head;
    h.clear();
    h += Op::info.method;
    h += ' ';
    std::size_t const at = h.size();
    h.resize(at + rest::target_size(op));
    if (rest::target_result const t = rest::write_target(op, std::span<char>(h.data() + at, h.size() - at)))
        return t.error;
    append_common_fields(h, where, user_agent);
    rest::for_each_header(op, [&](std::string_view name, std::string_view value) { append_field(h, name, value); });
    append_body_fields(h, out.body.size());
    return {};
}

} // namespace sfmodels::client::detail

#endif
