#ifndef SFMODELS_CLIENT_DETAIL_RESPONSE_SINK_HPP
#define SFMODELS_CLIENT_DETAIL_RESPONSE_SINK_HPP

// The body_sink of an operation: it decodes the body, piece by piece as it
// arrives, into the caller's rest::response<Op> through sfmodels::decoder.
// The decoders are made once and reset for each response, so a sink that
// serves call after call allocates nothing once they have grown.

#include <sfmodels/client/detail/response_reader.hpp>
#include <sfmodels/codec/decode.hpp>
#include <sfmodels/rest/response.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace sfmodels::client::detail {

template<rest::operation Op>
class response_sink final : public body_sink
{
public:
    using value_type = typename Op::response_type;
    using slot = typename rest::response<Op>::body_slot;

    /// The response the next begin() reads into.
    void bind(rest::response<Op>& out) noexcept { out_ = &out; }

    void begin(unsigned status) override
    {
        slot_ = out_->begin_read(status);
        blank_ = true;
        if constexpr (!std::is_same_v<value_type, rest::no_content>)
            if (slot_ == slot::value)
                start(value_, out_->value());
        if (slot_ == slot::fabric_error)
            start(error_, out_->fabric_error());
    }

    void piece(std::string_view part) override
    {
        if (blank_ && part.find_first_not_of(" \t\r\n") != std::string_view::npos)
            blank_ = false;
        if constexpr (!std::is_same_v<value_type, rest::no_content>)
            if (slot_ == slot::value)
                value_->write(part);
        if (slot_ == slot::fabric_error)
            error_->write(part);
    }

    void end() override
    {
        decode_result r;
        if constexpr (!std::is_same_v<value_type, rest::no_content>)
            if (slot_ == slot::value)
                r = value_->finish();
        if (slot_ == slot::fabric_error)
            r = error_->finish();
        out_->end_read(r, blank_);
    }

private:
    template<class T>
    static void start(std::optional<decoder<T>>& d, T& target)
    {
        if (d)
            d->reset(target);
        else
            d.emplace(target);
    }

    struct nothing {};
    using value_decoder =
        std::conditional_t<std::is_same_v<value_type, rest::no_content>, nothing, std::optional<decoder<value_type>>>;

    rest::response<Op>* out_ = nullptr;
    slot slot_ = slot::none;
    bool blank_ = true;
    [[no_unique_address]] value_decoder value_;
    std::optional<decoder<FabricError>> error_;
};

/// A sink that keeps the status and the raw body, for requests built at run time.
class text_sink final : public body_sink
{
public:
    explicit text_sink(unsigned& status, std::string& body) noexcept : status_(status), body_(body) {}

    void begin(unsigned status) override
    {
        status_ = status;
        body_.clear();
    }
    void piece(std::string_view part) override { body_ += part; }
    void end() override {}

private:
    unsigned& status_;
    std::string& body_;
};

} // namespace sfmodels::client::detail

#endif
