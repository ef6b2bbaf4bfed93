#ifndef SFMODELS_CODEC_DETAIL_READ_TEXT_HPP
#define SFMODELS_CODEC_DETAIL_READ_TEXT_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/string_scan.hpp>
#include <sfmodels/codec/error.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail::fast {

// Short strings that are parsed rather than kept (enums, uuids, numbers, times).
inline constexpr std::size_t max_text = 128;

// What to do with the text of a string, behind a plain function pointer: the
// slow path below is one function for every type, not one per parse. The
// signature is the reference decoder's slot_ops::string, which most types
// pass here as it is.
struct text_sink
{
    void* context;
    error (*parse)(void* context, std::string_view text);
};

/** Calls sink.parse on the text of the string at p (a quote) and returns the
    position after it, or nullptr if the string is invalid, longer than
    max_text, or parse returns false. Out of line: it is reached for escapes,
    non-ASCII text and strings longer than max_text.
*/
SFMODELS_FAST_COLD inline char const* read_text_any(char const* p, char const* end, text_sink sink)
{
    if (*p != '"')
        return nullptr;
    char const* const first = p + 1;
    bool escaped = false;
    char const* const q = scan_string(first, end, escaped);
    if (!q || q - first > static_cast<std::ptrdiff_t>(max_text))
        return nullptr;
    if (!escaped)
        return sink.parse(sink.context, std::string_view(first, static_cast<std::size_t>(q - first))) == error{} ? q + 1
                                                                                                         : nullptr;
    char text[max_text];
    char const* const last = unescape(first, q, text);
    return sink.parse(sink.context, std::string_view(text, static_cast<std::size_t>(last - text))) == error{} ? q + 1
                                                                                                         : nullptr;
}

/** read_text_any with parse(std::string_view) inlined where the text is plain
    and short, as it nearly always is.
*/
template<class Parse>
SFMODELS_FAST_INLINE char const* read_text(char const* p, char const* end, Parse&& parse)
{
    if (*p != '"')
        return nullptr;
    char const* const first = p + 1;
    char const* const q = find_special(first, end);
    if (SFMODELS_LIKELY(q != end && *q == '"' && q - first <= static_cast<std::ptrdiff_t>(max_text)))
        return parse(std::string_view(first, static_cast<std::size_t>(q - first))) ? q + 1 : nullptr;
    using P = std::remove_reference_t<Parse>;
    return read_text_any(p, end, {const_cast<void*>(static_cast<void const*>(&parse)), [](void* c, std::string_view s) {
                                      return (*static_cast<P*>(c))(s) ? error{} : error::wrong_type;
                                  }});
}

} // namespace sfmodels::detail::fast

#endif
