#ifndef SFMODELS_CODEC_DETAIL_WRITE_ESCAPE_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_ESCAPE_HPP

#include <sfmodels/codec/error.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace sfmodels::detail {

// For each byte: 0 copies as is, 1 needs an escape, 2..4 leads a UTF-8
// sequence of that length, 5 can never appear in UTF-8.
inline constexpr std::array<std::uint8_t, 256> byte_class = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        t[c] = 1;
    t['"'] = t['\\'] = 1;
    for (int c = 0x80; c < 0x100; ++c)
        t[c] = 5;
    for (int c = 0xc2; c < 0xe0; ++c)
        t[c] = 2;
    for (int c = 0xe0; c < 0xf0; ++c)
        t[c] = 3;
    for (int c = 0xf0; c < 0xf5; ++c)
        t[c] = 4;
    return t;
}();

// The length of the valid UTF-8 sequence at s[i], or 0 (RFC 3629: no
// overlongs, no surrogates, nothing above U+10FFFF).
constexpr std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept
{
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    std::size_t const n = byte_class[b(0)];
    if (n < 2 || n > 4 || s.size() - i < n)
        return 0;
    unsigned lo = 0x80, hi = 0xbf;
    if (b(0) == 0xe0) lo = 0xa0;
    else if (b(0) == 0xed) hi = 0x9f;
    else if (b(0) == 0xf0) lo = 0x90;
    else if (b(0) == 0xf4) hi = 0x8f;
    if (b(1) < lo || b(1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if ((b(k) & 0xc0) != 0x80)
            return 0;
    return n;
}

// Writes s as a quoted JSON string with the shortest escapes; valid UTF-8
// passes through as is.
template<class Sink>
error write_escaped(Sink& out, std::string_view s) noexcept
{
    static constexpr char hex[] = "0123456789abcdef";
    out.put('"');
    std::size_t run = 0, i = 0;
    while (i < s.size()) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::uint8_t const k = byte_class[c];
        if (k == 0) {
            ++i;
            continue;
        }
        if (k != 1) {
            std::size_t const n = utf8_sequence(s, i);
            if (n == 0)
                return error::invalid_utf8;
            i += n;
            continue;
        }
        out.put(s.substr(run, i - run));
        char const* e = nullptr;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        }
        if (e)
            out.put(std::string_view(e, 2));
        else {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.put(std::string_view(u, 6));
        }
        run = ++i;
    }
    out.put(s.substr(run));
    out.put('"');
    return {};
}

} // namespace sfmodels::detail

#endif
