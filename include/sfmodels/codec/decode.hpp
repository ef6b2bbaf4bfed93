#ifndef SFMODELS_CODEC_DECODE_HPP
#define SFMODELS_CODEC_DECODE_HPP

#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/detail/decode_handler.hpp>
#include <sfmodels/codec/detail/fast/decode.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>

#include <string_view>

namespace sfmodels {

namespace detail {

inline boost::json::parse_options parser_options() noexcept
{
    boost::json::parse_options o;
    o.max_depth = limits::max_depth;
    return o;
}

inline boost::system::error_code map_parse_error(boost::system::error_code ec) noexcept
{
    if (ec.category() == error_category())
        return ec;
    using boost::json::error;
    if (ec == error::incomplete)
        return sfmodels::error::incomplete;
    if (ec == error::extra_data)
        return sfmodels::error::trailing_data;
    if (ec == error::too_deep)
        return sfmodels::error::too_deep;
    if (ec == error::string_too_large || ec == error::key_too_large || ec == error::object_too_large ||
        ec == error::array_too_large)
        return sfmodels::error::too_large;
    if (ec == error::exponent_overflow)
        return sfmodels::error::out_of_range;
    return sfmodels::error::syntax;
}

// The basic_parser decoder: the reference for every result, and the one
// decode() falls back to whenever the fast path declines a document.
template<class T>
decode_result decode_reference(std::string_view json, T& out)
{
    decode_result r;
    if (json.size() > limits::max_document_size) {
        r.code = error::too_large;
        r.offset = limits::max_document_size;
        return r;
    }
    boost::json::basic_parser<decode_handler> p(parser_options(), decode_slot(out));
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
*/
template<class T>
decode_result decode(std::string_view json, T& out)
{
    if constexpr (detail::fast::supported<T>) {
        if (json.size() <= limits::max_document_size && detail::fast::decode(json, out)) {
            decode_result r;
            return r;
        }
    }
    return detail::decode_reference(json, out);
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
    explicit decoder(T& out) : parser_(detail::parser_options(), detail::decode_slot(out)) {}

    decode_result const& write(std::string_view piece) { return feed(true, piece); }

    decode_result const& finish(std::string_view last = {}) { return feed(false, last); }

    decode_result const& result() const noexcept { return result_; }

    void reset(T& out) noexcept
    {
        parser_.reset();
        parser_.handler().reset(detail::decode_slot(out));
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

    boost::json::basic_parser<detail::decode_handler> parser_;
    decode_result result_;
    std::size_t consumed_ = 0;
};

} // namespace sfmodels

#endif
