#ifndef SFMODELS_REST_PAGING_HPP
#define SFMODELS_REST_PAGING_HPP

#include <sfmodels/rest/request.hpp>
#include <sfmodels/rest/response.hpp>

#include <boost/system/error_code.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace sfmodels::rest {

/** A list operation that returns its result in pages: it takes a
    `ContinuationToken` query parameter, and its response_type carries the
    `ContinuationToken` of the next page, absent or empty on the last one.
*/
template<class Op>
concept paged_operation = operation<Op> && requires {
    requires std::same_as<decltype(Op::ContinuationToken), std::optional<std::string>>;
    requires std::same_as<decltype(Op::response_type::ContinuationToken), std::optional<std::string>>;
};

/// Why for_each_page() returned.
enum class page_end : std::uint8_t
{
    last_page,        ///< a page came without a continuation token: every page was seen
    stopped,          ///< on_page returned false
    fetch_failed,     ///< fetch returned false or an error (the result's `error`)
    not_ok,           ///< a response was not a success; the response says why
    repeated_token,   ///< the server sent a continuation token it had sent before
};

/// The outcome of for_each_page(). Converts to `true` on failure.
struct page_result
{
    page_end end = page_end::last_page;
    std::size_t pages = 0;              ///< pages given to on_page
    boost::system::error_code error;    ///< what fetch returned, for fetch_failed
    std::string message;                ///< one line on a failure, e.g. "page 2: HTTP 503: ..."; else empty

    /// Every page was seen, or on_page chose to stop.
    bool ok() const noexcept { return end == page_end::last_page || end == page_end::stopped; }
    explicit operator bool() const noexcept { return !ok(); }
};

namespace detail {

// Whether a fetch's return value means the page was fetched: `true`, or an
// error code that is not set.
template<class R>
bool fetched(R const& r, boost::system::error_code& error)
{
    if constexpr (std::same_as<R, bool>)
        return r;
    else {
        error = r;
        return !error.failed();
    }
}

} // namespace detail

/** Requests every page of a paged list operation, in order.

    `fetch(op, r)` sends one request for `op` with any client and reads the
    reply into `r` (with r.read(status, body)). It returns `bool` (false: it
    failed) or a `boost::system::error_code`. `on_page(page)` gets each page, a
    `response_type&`, and may return `false` to stop; it may also return void.

    The first request goes out with `op` as given, so a walk can resume from a
    token. After each page, the next request carries that page's token, until
    a page comes without one (or with an empty one). The walk stops at the
    first failure: a fetch that fails, or a response that is not ok(), which
    stays in `r` for the caller to inspect. A response that is ok() without a
    body ends the walk as a last page would.

    One response object serves every page, so once the pages have grown to
    their usual size, decoding a page reuses the memory of the one before.

    A server that sends a token it sent before would make the walk go on
    forever; the token history is checked with Brent's cycle detection (one
    saved token, no list), so an immediate repeat is caught at once and a
    longer cycle within a few laps. The walk then ends with repeated_token.

    After an early stop, `r.value().ContinuationToken` is where to resume.
*/
template<paged_operation Op, class Fetch, class OnPage>
    requires std::invocable<Fetch&, Op const&, response<Op>&> &&
             std::invocable<OnPage&, typename Op::response_type&>
page_result for_each_page(Op op, response<Op>& r, Fetch&& fetch, OnPage&& on_page)
{
    page_result result;
    auto fail = [&](page_end end, std::size_t page, std::string why) {
        result.end = end;
        result.message = "page " + std::to_string(page) + ": " + std::move(why);
        return result;
    };

    // Brent: `saved` is the token at the last power-of-two step.
    std::optional<std::string> saved;
    std::size_t power = 1, steps = 0;
    auto repeats = [&](std::string const& token) {
        if (saved && *saved == token)
            return true;
        if (++steps == power) {
            saved = token;
            power *= 2;
            steps = 0;
        }
        return false;
    };
    if (op.ContinuationToken && !op.ContinuationToken->empty())
        repeats(*op.ContinuationToken);

    for (;;) {
        if (!detail::fetched(fetch(std::as_const(op), r), result.error))
            return fail(page_end::fetch_failed, result.pages + 1,
                        result.error ? result.error.message() : "fetch failed");
        if (!r.ok())
            return fail(page_end::not_ok, result.pages + 1, r.message());
        if (!r.has_value())
            return result;

        auto& page = r.value();
        bool const last = !page.ContinuationToken || page.ContinuationToken->empty();
        bool const repeated = !last && repeats(*page.ContinuationToken);
        if (!last)
            op.ContinuationToken = *page.ContinuationToken;   // reuses the capacity of the previous token

        bool go_on = true;
        if constexpr (std::is_void_v<std::invoke_result_t<OnPage&, decltype(page)>>)
            on_page(page);
        else
            go_on = static_cast<bool>(on_page(page));
        ++result.pages;
        if (!go_on) {
            result.end = page_end::stopped;
            return result;
        }
        if (last)
            return result;
        if (repeated)
            return fail(page_end::repeated_token, result.pages,
                        "the server sent continuation token \"" + *op.ContinuationToken + "\" again");
    }
}

} // namespace sfmodels::rest

#endif
