#ifndef SFMODELS_CODEC_DETAIL_READ_SKIP_VALUE_HPP
#define SFMODELS_CODEC_DETAIL_READ_SKIP_VALUE_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/number_scan.hpp>
#include <sfmodels/codec/detail/read/string_scan.hpp>
#include <sfmodels/codec/limits.hpp>

#include <cstddef>
#include <cstdint>

namespace sfmodels::detail::fast {

// Nesting an unknown member may add before the reference decoder takes over;
// with the models' own nesting it stays well inside limits::max_depth.
inline constexpr std::size_t max_skip_depth = 32;

// Skips a whole string from its opening quote p; nullptr if Boost.JSON rejects it or it is too long.
SFMODELS_FAST_INLINE char const* skip_string(char const* p, char const* end) noexcept
{
    bool escaped = false;
    char const* const q = scan_string(p + 1, end, escaped);
    if (!q || static_cast<std::size_t>(q - p - 1) > limits::max_string_size)
        return nullptr;
    return q + 1;
}

// Skips `"key" :` and the whitespace after it; p is at the opening quote.
SFMODELS_FAST_INLINE char const* skip_key(char const* p, char const* end) noexcept
{
    if (*p != '"' || !(p = skip_string(p, end)))
        return nullptr;
    p = skip_ws(p, end);
    if (p == end || *p != ':')
        return nullptr;
    return skip_ws(p + 1, end);
}

/** Skips the value at p, checking it exactly as Boost.JSON would: literals,
    numbers, strings (UTF-8 and escapes) and nesting, at most max_skip_depth
    deep. Returns the end of the value, or nullptr where Boost.JSON might not
    accept the text.
*/
inline char const* skip_value(char const* p, char const* end) noexcept
{
    std::uint64_t objects = 0;   // bit d: the container at depth d + 1 is an object
    std::size_t depth = 0;
    for (;;) {
        if (p == end)
            return nullptr;
        switch (*p) {
        case '"':
            p = skip_string(p, end);
            break;
        case '{':
        case '[': {
            if (++depth > max_skip_depth)
                return nullptr;
            bool const object = *p == '{';
            objects = objects << 1 | static_cast<std::uint64_t>(object);
            p = skip_ws(p + 1, end);
            if (p == end)
                return nullptr;
            if (*p == (object ? '}' : ']')) {
                ++p;
                --depth;
                objects >>= 1;
                break;
            }
            if (object && !(p = skip_key(p, end)))
                return nullptr;
            continue;
        }
        case 't':
            p = end - p >= 4 && equal_fixed<4>(p, "true") ? p + 4 : nullptr;
            break;
        case 'f':
            p = end - p >= 5 && equal_fixed<5>(p, "false") ? p + 5 : nullptr;
            break;
        case 'n':
            p = end - p >= 4 && equal_fixed<4>(p, "null") ? p + 4 : nullptr;
            break;
        default:
            p = (*p == '-' || digit_at(p) <= 9) ? skip_number(p, end) : nullptr;
            break;
        }
        if (!p)
            return nullptr;
        // after a value: close what ends here, then go on with the next element or member
        for (;;) {
            if (depth == 0)
                return p;
            p = skip_ws(p, end);
            if (p == end)
                return nullptr;
            bool const object = (objects & 1) != 0;
            if (*p == ',') {
                p = skip_ws(p + 1, end);
                if (p == end || (object && !(p = skip_key(p, end))))
                    return nullptr;
                break;
            }
            if (*p != (object ? '}' : ']'))
                return nullptr;
            ++p;
            --depth;
            objects >>= 1;
        }
    }
}

} // namespace sfmodels::detail::fast

#endif
