#ifndef SFMODELS_CLIENT_CALL_HPP
#define SFMODELS_CLIENT_CALL_HPP

#include <sfmodels/client/connection.hpp>
#include <sfmodels/client/retry.hpp>
#include <sfmodels/client/detail/request_writer.hpp>
#include <sfmodels/client/detail/response_sink.hpp>
#include <sfmodels/rest/response.hpp>

#include <chrono>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace sfmodels::client {

/// How one call is made.
struct call_options
{
    std::chrono::milliseconds timeout{60000};   ///< the whole call, retries and their waits included
    retry_policy retry;                          ///< applies to repeatable<Op> operations only
};

/** Sends `op` over `c` and reads the answer into `out`.

    The response body is decoded as it arrives into `out`: the success value,
    or the FabricError of any other status (rest::response says which, and
    why a body did not decode). An HTTP status, 503 and 404 included, is not
    a call_error; a call_error is a request that was invalid (nothing sent),
    a connection, TLS or HTTP failure, the deadline, or a cancel().

    Keep `out` from call to call (a polling loop): with the decoders this
    thread keeps per operation type, a response of the same shape as the last
    decodes without allocating.
*/
template<rest::operation Op>
call_error call(connection& c, Op const& op, rest::response<Op>& out, call_options const& o = {})
{
    auto const deadline = std::chrono::steady_clock::now() + o.timeout;
    request_text& text = c.request_buffer();
    if (rest::request_error const e = detail::write_request(op, c.where(), c.options().user_agent, text))
        return {errc::invalid_request, std::string(Op::info.name) + ": " + e.message(), 0};
    thread_local detail::response_sink<Op> sink;   // one call at a time per thread: calls do not nest
    sink.bind(out);
    return c.exchange(text, sink, repeatable<Op>, o.retry, deadline);
}

/// The status and raw body of a response to a request given as text.
struct text_response
{
    unsigned status = 0;
    std::string body;
};

/** Sends a request given as text (built at run time, as `sfmodels call`
    builds one with sfmodels::dynamic) and keeps the body as it came. The
    target is path?query; `repeatable` says whether a retry may send it again
    (client::repeatable<Op> for the operation it stands for).
*/
template<class Headers = std::span<std::pair<std::string, std::string> const>>
call_error call_text(connection& c, std::string_view method, std::string_view target, Headers const& headers,
                     std::string_view body, bool repeatable, text_response& out, call_options const& o = {})
{
    auto const deadline = std::chrono::steady_clock::now() + o.timeout;
    request_text& text = c.request_buffer();
    text.body = body;
    text.head.clear();
    text.head += method;
    text.head += ' ';
    text.head += target;
    detail::append_common_fields(text.head, c.where(), c.options().user_agent);
    for (auto const& [name, value] : headers)
        detail::append_field(text.head, name, value);
    detail::append_body_fields(text.head, text.body.size());
    detail::text_sink sink(out.status, out.body);
    return c.exchange(text, sink, repeatable, o.retry, deadline);
}

/** A fetch for rest::for_each_page() over a connection:

        client::connection c; ...
        rest::response<rest::GetNodeInfoList> page;
        client::call_error failed;
        rest::for_each_page(rest::GetNodeInfoList{}, page, client::fetch_with(c, {}, &failed), on_page);

    It returns the call's error code, and keeps the whole call_error (with its
    detail) in `*last` if given.
*/
inline auto fetch_with(connection& c, call_options o = {}, call_error* last = nullptr)
{
    return [&c, o, last](auto const& op, auto& out) {
        call_error e = call(c, op, out, o);
        boost::system::error_code const code = e.code;
        if (last)
            *last = std::move(e);
        return code;
    };
}

} // namespace sfmodels::client

#endif
