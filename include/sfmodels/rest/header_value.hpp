#ifndef SFMODELS_REST_HEADER_VALUE_HPP
#define SFMODELS_REST_HEADER_VALUE_HPP

#include <string>
#include <string_view>

namespace sfmodels::rest {

/** A parameter the specification sends as an HTTP header field rather than
    in the target (UploadFileChunk's `Content-Range`). write_target() leaves
    it out; for_each_header() gives it with its field name.
*/
struct header_value
{
    std::string value;

    header_value() = default;
    header_value(std::string v) : value(std::move(v)) {}
    header_value(char const* v) : value(v) {}

    bool operator==(header_value const&) const = default;
};

} // namespace sfmodels::rest

#endif
