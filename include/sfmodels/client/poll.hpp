#ifndef SFMODELS_CLIENT_POLL_HPP
#define SFMODELS_CLIENT_POLL_HPP

#include <sfmodels/client/call.hpp>
#include <sfmodels/rest/poll.hpp>

#include <chrono>
#include <cstdint>

namespace sfmodels::client {

/// How poll_until_finished() paces itself.
struct poll_options
{
    std::chrono::milliseconds interval{1000};        ///< from the end of one poll to the start of the next
    std::chrono::milliseconds deadline{600000};      ///< for the whole loop
    call_options call{};                             ///< each poll; its timeout is cut to what is left
};

/// Why poll_until_finished() returned.
enum class poll_end : std::uint8_t
{
    finished,   ///< the progress is in a terminal state (rest::is_finished)
    not_ok,     ///< a poll's response was not a success; the response says why
    failed,     ///< a call failed (the result's `error`), the deadline included
};

struct poll_result
{
    poll_end end = poll_end::failed;
    unsigned polls = 0;
    call_error error;   ///< for failed

    bool ok() const noexcept { return end == poll_end::finished; }
};

/** Calls a Get*Progress operation every `interval` until its progress is in
    a terminal state (rest::is_finished: Completed, Faulted, Cancelled for the
    fault operations, Success, Failure, Timeout for backup and restore), a
    response is not ok, or the deadline passes (errc::timeout). `out` holds
    the last response. connection::cancel() stops the loop, in a poll or
    between two (errc::cancelled).

    Each poll reuses `out` and the connection: once the first poll has sized
    them, a poll allocates nothing beyond what the socket layer does.
*/
template<rest::operation Op>
    requires requires(typename Op::response_type const& p) { rest::is_finished(p); }
poll_result poll_until_finished(connection& c, Op const& op, rest::response<Op>& out, poll_options const& o = {})
{
    using clock = std::chrono::steady_clock;
    auto const deadline = clock::now() + o.deadline;
    poll_result r;
    for (;;) {
        call_options each = o.call;
        auto const left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now());
        if (left <= std::chrono::milliseconds::zero()) {
            r.error = {errc::timeout, "no terminal state after " + std::to_string(r.polls) + " polls", 0};
            return r;
        }
        each.timeout = std::min(each.timeout, left);
        if ((r.error = call(c, op, out, each)))
            return r;
        ++r.polls;
        if (!out.ok()) {
            r.end = poll_end::not_ok;
            return r;
        }
        if (out.has_value() && rest::is_finished(out.value())) {
            r.end = poll_end::finished;
            return r;
        }
        auto const next = clock::now() + o.interval;
        if (next >= deadline) {
            r.error = {errc::timeout, "no terminal state after " + std::to_string(r.polls) + " polls", 0};
            return r;
        }
        if ((r.error = c.wait_until(next)))
            return r;
    }
}

} // namespace sfmodels::client

#endif
