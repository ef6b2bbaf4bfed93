#ifndef SFMODELS_CODEC_DECODE_HPP
#define SFMODELS_CODEC_DECODE_HPP

#include <sfmodels/codec/decode_options.hpp>
#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/detail/reference/handler.hpp>
#include <sfmodels/codec/detail/read/decode.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>

#include <string_view>

namespace sfmodels {

namespace detail {

// The basic_parser decoder: the reference for every result, and the one
// decode() falls back to whenever the fast path declines a document.
template<class T>
decode_result decode_reference(std::string_view json, T& out, decode_options const& options = {},
                               memory_budget const* budget = nullptr)
{
    decode_result r;
    if (json.size() > limits::max_document_size) {
        r.code = error::too_large;
        r.offset = limits::max_document_size;
        return r;
    }
    boost::json::basic_parser<decode_handler> p(parser_options(), decode_slot(out),
                                                budget ? *budget : memory_budget{options.memory_budget(json.size())});
    p.handler().record_into(whole_text_buffer());
    boost::system::error_code ec;
    std::size_t const n = p.write_some(false, json.data(), json.size(), ec);
    if (!ec && n != json.size())
        ec = error::trailing_data;
    if (ec) {
        r.code = map_parse_error(ec);
        r.offset = n;
        p.handler().path(r.path);
    }
    return r;
}

} // namespace detail

/** Decodes a whole JSON document into `out`, without building a DOM.

    Decoding into an object that holds a previous decode of a same-shaped
    document makes no heap allocation. On failure `out` stays valid and
    reusable, but holds a mix of old and new values: use it only after success.
    `options` bounds the memory a document can make the decode allocate.
*/
template<class T>
decode_result decode(std::string_view json, T& out, decode_options const& options = {})
{
    detail::memory_budget budget{options.memory_budget(json.size())};
    if constexpr (detail::fast::supported<T>) {
        if (json.size() <= limits::max_document_size && detail::fast::decode(json, out, budget)) {
            decode_result r;
            return r;
        }
    }
    // what the fast path allocated stays charged: both together keep to one budget
    return detail::decode_reference(json, out, options, &budget);
}

/** Decodes a document that arrives in pieces, for example from a socket.

    Feed each piece to write(), then call finish(); the code and value are
    those of decode() on the concatenated text. An error inside a token that a
    piece boundary cuts is reported where its last piece starts, and one in the
    first token of an array element may name the element before it. A decoder may be reset() and reused; it
    then allocates nothing more.
*/
template<class T>
class decoder
{
public:
    explicit decoder(T& out, decode_options const& options = {})
        : options_(options),
          parser_(detail::parser_options(), detail::decode_slot(out),
                  detail::memory_budget{options.memory_budget(0)})
    {
    }

    decode_result const& write(std::string_view piece) { return feed(true, piece); }

    decode_result const& finish(std::string_view last = {}) { return feed(false, last); }

    decode_result const& result() const noexcept { return result_; }

    void reset(T& out) noexcept
    {
        parser_.reset();
        parser_.handler().reset(detail::decode_slot(out), detail::memory_budget{options_.memory_budget(0)});
        result_ = {};
        consumed_ = 0;
    }

private:
    decode_result const& feed(bool more, std::string_view s)
    {
        if (result_)
            return result_;
        if (s.size() > limits::max_document_size - consumed_) {
            result_.code = error::too_large;
            result_.offset = limits::max_document_size;
            return result_;
        }
        // the budget grows with the text, as decode()'s does with the whole of it
        detail::memory_budget& budget = parser_.handler().budget();
        std::size_t const earned = options_.memory_budget(consumed_ + s.size()) - options_.memory_budget(consumed_);
        budget.left = budget.left > std::size_t(-1) - earned ? std::size_t(-1) : budget.left + earned;
        boost::system::error_code ec;
        std::size_t const n = parser_.write_some(more, s.data(), s.size(), ec);
        consumed_ += n;
        if (!ec && n != s.size())
            ec = error::trailing_data;
        if (ec) {
            result_.code = detail::map_parse_error(ec);
            result_.offset = consumed_;
            parser_.handler().path(result_.path);
        }
        return result_;
    }

    decode_options options_;
    boost::json::basic_parser<detail::decode_handler> parser_;
    decode_result result_;
    std::size_t consumed_ = 0;
};

} // namespace sfmodels

#endif
