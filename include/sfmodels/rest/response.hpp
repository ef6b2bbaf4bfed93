#ifndef SFMODELS_REST_RESPONSE_HPP
#define SFMODELS_REST_RESPONSE_HPP

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/models/errors.hpp>
#include <sfmodels/rest/error.hpp>
#include <sfmodels/rest/request.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace sfmodels::rest {

/// Why a response gives neither the operation's success value nor a FabricError.
struct response_failure
{
    boost::system::error_code code;   ///< errc::unexpected_status, bad_error_body or bad_body
    unsigned status = 0;
    decode_result body;               ///< why the body did not decode

    /// e.g. "HTTP 502: error response body is not a FabricError: invalid JSON at / (offset 0)"
    std::string message() const
    {
        std::string s = "HTTP " + std::to_string(status) + ": " + code.message();
        if (body)
            s += ": " + body.message();
        return s;
    }
};

enum class response_kind : std::uint8_t
{
    success,        ///< the documented success status; value() holds the body (no_content if none)
    fabric_error,   ///< the cluster's error; fabric_error() holds it
    failure,        ///< neither; failure() says why
};

/** The typed outcome of an operation's HTTP response.

    read() takes the status and the whole body. The documented success status
    gives the success value; any other status is the specification's
    `default` response, a FabricError. Keep one response object per polling
    loop: reading into it again reuses its memory, so a poll that decodes the
    same shape of body as the previous one does not allocate.
*/
template<operation Op>
class response
{
public:
    using value_type = typename Op::response_type;

    void read(unsigned status, std::string_view body)
    {
        status_ = status;
        if (Op::info.is_success(status)) {
            has_value_ = false;
            if constexpr (std::is_same_v<value_type, no_content>)
                kind_ = response_kind::success;   // whatever body came is not documented
            else if (status != Op::info.success_status && is_blank(body))
                kind_ = response_kind::success;   // a documented status without a body (204, 202)
            else {
                settle(response_kind::success, errc::bad_body, sfmodels::decode(body, value_));
                has_value_ = kind_ == response_kind::success;
            }
            return;
        }
        settle(response_kind::fabric_error, status >= 400 ? errc::bad_error_body : errc::unexpected_status,
               sfmodels::decode(body, error_));
    }

    unsigned status() const noexcept { return status_; }
    response_kind kind() const noexcept { return kind_; }
    bool ok() const noexcept { return kind_ == response_kind::success; }

    /// Whether value() holds a decoded body: ok(), with a status whose response has one.
    /// (GetNodeInfo's 204, a node that does not exist, is ok() without a value.)
    bool has_value() const noexcept
    {
        if constexpr (std::is_same_v<value_type, no_content>)
            return ok();
        else
            return has_value_;
    }

    /// The success value; meaningful when has_value().
    value_type& value() noexcept { return value_; }
    value_type const& value() const noexcept { return value_; }

    /// The error the cluster sent; meaningful when kind() is fabric_error.
    FabricError const& fabric_error() const noexcept { return error_; }

    /// The error body to decode into (a reader that decodes as the body arrives).
    FabricError& fabric_error() noexcept { return error_; }

    /// Why the response is not usable; meaningful when kind() is failure.
    response_failure const& failure() const noexcept { return failure_; }

    /// One line on the outcome, e.g. "HTTP 404: FABRIC_E_PARTITION_NOT_FOUND: <message>".
    std::string message() const
    {
        switch (kind_) {
        case response_kind::success: return "HTTP " + std::to_string(status_);
        case response_kind::fabric_error: {
            std::string s = "HTTP " + std::to_string(status_) + ": ";
            s += error_.Error.Code.spelling();
            if (error_.Error.Message) {
                s += ": ";
                s += *error_.Error.Message;
            }
            return s;
        }
        case response_kind::failure: break;
        }
        return failure_.message();
    }

    /// Which object the body of a response decodes into: what begin_read() says.
    enum class body_slot : std::uint8_t
    {
        none,           ///< nothing: the success value is no_content
        value,          ///< value()
        fabric_error,   ///< fabric_error()
    };

    /** For a reader that decodes the body as it arrives, the two halves of
        read(): begin_read(status) names the object to decode the body into
        (with a sfmodels::decoder), end_read() takes the decoder's result and
        whether the body was empty or white space. The outcome is that of
        read(status, body) on the whole body.
    */
    body_slot begin_read(unsigned status) noexcept
    {
        status_ = status;
        has_value_ = false;
        if (!Op::info.is_success(status))
            return body_slot::fabric_error;
        if constexpr (std::is_same_v<value_type, no_content>)
            return body_slot::none;
        else
            return body_slot::value;
    }

    void end_read(decode_result const& r, bool blank)
    {
        if (!Op::info.is_success(status_)) {
            settle(response_kind::fabric_error, status_ >= 400 ? errc::bad_error_body : errc::unexpected_status, r);
            return;
        }
        if constexpr (std::is_same_v<value_type, no_content>)
            kind_ = response_kind::success;
        else if (status_ != Op::info.success_status && blank)
            kind_ = response_kind::success;
        else {
            settle(response_kind::success, errc::bad_body, r);
            has_value_ = kind_ == response_kind::success;
        }
    }

private:
    void settle(response_kind good, errc bad, decode_result const& r)
    {
        if (!r) {
            kind_ = good;
            return;
        }
        kind_ = response_kind::failure;
        failure_.code = bad;
        failure_.status = status_;
        failure_.body = r;
    }

    static bool is_blank(std::string_view s) noexcept
    {
        return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
    }

    unsigned status_ = 0;
    response_kind kind_ = response_kind::failure;
    bool has_value_ = false;
    value_type value_{};
    FabricError error_{};
    response_failure failure_;
};

/// Reads a response into a new response object.
template<operation Op>
response<Op> read_response(unsigned status, std::string_view body)
{
    response<Op> r;
    r.read(status, body);
    return r;
}

} // namespace sfmodels::rest

#endif
