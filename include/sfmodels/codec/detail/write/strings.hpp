#ifndef SFMODELS_CODEC_DETAIL_WRITE_STRINGS_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_STRINGS_HPP

// The fast writer's strings: quoted, escaped as the checked writer escapes
// them, their UTF-8 checked; the plain runs copied by copy_plain, the rest out
// of line. Each returns the end written, or nullptr (no room, invalid UTF-8).

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/write/copy_plain.hpp>
#include <sfmodels/codec/detail/write/escape.hpp>

#include <cstddef>
#include <cstring>
#include <string_view>

namespace sfmodels::detail::fast {

inline char const* escape_text(unsigned char c, char (&u)[6]) noexcept
{
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    default:
        u[0] = '\\', u[1] = 'u', u[2] = '0', u[3] = '0', u[4] = hex[c >> 4], u[5] = hex[c & 15];
        return nullptr;
    }
}

// The rest of write_string from q, the first byte that is not plain, on:
// escapes and UTF-8 checks between plain runs. p is where q's byte goes.
SFMODELS_FAST_COLD inline char* write_string_rest(char* p, char* end, char const* q, char const* last) noexcept
{
    for (;;) {
        auto const c = static_cast<unsigned char>(*q);
        if (c >= 0x80) {
            std::size_t const n = utf8_sequence(std::string_view(q, static_cast<std::size_t>(last - q)), 0);
            if (n == 0)
                return nullptr;
            for (std::size_t i = 0; i < n; ++i)
                *p++ = *q++;
        } else if (c == '"' || c == '\\') {
            if (end - p < static_cast<std::ptrdiff_t>(2 + static_cast<std::size_t>(last - q)))
                return nullptr;
            p[0] = '\\';
            p[1] = static_cast<char>(c);
            p += 2;
            ++q;
        } else {
            char u[6];
            char const* const e = escape_text(c, u);
            std::size_t const n = e ? 2 : 6;
            if (end - p < static_cast<std::ptrdiff_t>(n + static_cast<std::size_t>(last - q)))
                return nullptr;
            std::memcpy(p, e ? e : u, n);
            p += n;
            ++q;
        }
        std::size_t const k = copy_plain(p, q, static_cast<std::size_t>(last - q));
        p += k;
        q += k;
        if (q == last)
            break;
    }
    *p++ = '"';
    return p;
}

// s quoted and escaped exactly like write_escaped: in one copy_plain when
// nothing in it needs a second look, as is usual.
// write_string where the caller has made sure of room for s.size() + 2 chars.
inline char* write_string_fitted(char* p, char* end, std::string_view s) noexcept
{
    std::size_t const n = s.size();
    *p = '"';
    std::size_t const k = copy_plain(p + 1, s.data(), n);
    if (SFMODELS_LIKELY(k == n)) {
        p[n + 1] = '"';
        return p + n + 2;
    }
    return write_string_rest(p + 1 + k, end, s.data() + k, s.data() + n);
}

inline char* write_string(char* p, char* end, std::string_view s) noexcept
{
    if (end - p < static_cast<std::ptrdiff_t>(s.size() + 2))
        return nullptr;
    return write_string_fitted(p, end, s);
}

} // namespace sfmodels::detail::fast

#endif
