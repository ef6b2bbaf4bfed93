#ifndef SFMODELS_CODEC_JSON_TEXT_HPP
#define SFMODELS_CODEC_JSON_TEXT_HPP

#include <string>

namespace sfmodels {

/** A value the specification leaves untyped (free-form JSON), kept as text.

    Decoding stores the value as compact JSON: no whitespace outside strings,
    strings escaped as the encoder escapes them, numbers as written. Encoding
    writes `text` as it is, after checking that it is exactly one JSON value
    (else error::syntax). Parse it with boost::json::parse when you need the
    tree. Reusing a json_text reuses its capacity.
*/
struct json_text
{
    std::string text;

    bool operator==(json_text const&) const = default;
};

} // namespace sfmodels

#endif
