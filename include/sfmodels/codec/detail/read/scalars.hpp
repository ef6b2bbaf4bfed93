#ifndef SFMODELS_CODEC_DETAIL_READ_SCALARS_HPP
#define SFMODELS_CODEC_DETAIL_READ_SCALARS_HPP

#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/reference/slots.hpp>
#include <sfmodels/codec/detail/read/enum_lookup.hpp>
#include <sfmodels/codec/detail/read/number_scan.hpp>
#include <sfmodels/codec/detail/read/skip_value.hpp>
#include <sfmodels/codec/detail/read/string_scan.hpp>
#include <sfmodels/codec/detail/read/text.hpp>
#include <sfmodels/codec/detail/scalar/all.hpp>
#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/codec/limits.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/detail/text/uuid.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/timestamp.hpp>

#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail::fast {

/** reader<T>::read(p, end, v) decodes the value starting at p (not
    whitespace, p != end) into v and returns the position after it, or nullptr
    when it cannot be sure to produce what the reference decoder would.
*/
template<class T>
struct reader;

/** Gives s the text [p, p + n). A string decoded into again usually keeps
    its length (names, ids, times as text): then the bytes are copied over
    in place, without the library's general replace.
*/
SFMODELS_FAST_INLINE void assign_text(std::string& s, char const* p, std::size_t n)
{
    if (s.size() != n)
        s.assign(p, n);
    else if (n >= 8) {
        char* const d = s.data();
        if (n > 16)
            copy_bytes(d, p, n);
        else {
            std::uint64_t const head = load64(p), tail = load64(p + n - 8);
            std::memcpy(d, &head, 8);
            std::memcpy(d + n - 8, &tail, 8);
        }
    } else if (n >= 4) {
        std::uint32_t const head = load32(p), tail = load32(p + n - 4);
        std::memcpy(s.data(), &head, 4);
        std::memcpy(s.data() + n - 4, &tail, 4);
    } else
        for (std::size_t i = 0; i < n; ++i)
            s[i] = p[i];
}

/** The string at p (a quote) that has escapes, non-ASCII text, or runs to
    the end: out of line, so that the plain string's reader stays small.
*/
SFMODELS_FAST_COLD inline char const* read_string_slow(char const* p, char const* end, std::string& s)
{
    char const* const first = p + 1;
    // one pass into a local buffer, two passes for a longer string
    char text[512];
    std::size_t size = 0;
    if (char const* const after = copy_string(first, end, text, text + sizeof text, size)) {
        assign_text(s, text, size);   // at most 512 bytes: within max_string_size
        return after;
    }
    bool escaped = false;
    char const* const q = scan_string(first, end, escaped);
    if (!q)
        return nullptr;
    auto const n = static_cast<std::size_t>(q - first);
    if (n > limits::max_string_size)
        return nullptr;
    if (!escaped)
        s.assign(first, n);
    else {
        s.resize(n);
        s.resize(static_cast<std::size_t>(unescape(first, q, s.data()) - s.data()));
    }
    return q + 1;
}

template<>
struct reader<std::string>
{
    static char const* read(char const* p, char const* end, std::string& s)
    {
        if (*p != '"')
            return nullptr;
        char const* const first = p + 1;
        char const* const q = find_special(first, end);
        if (SFMODELS_LIKELY(q != end && *q == '"' && static_cast<std::size_t>(q - first) <= limits::max_string_size)) {
            assign_text(s, first, static_cast<std::size_t>(q - first));
            return q + 1;
        }
        return read_string_slow(p, end, s);
    }
};

template<class E>
struct reader<open_enum<E>>
{
    // A spelling within the 32 bytes after the quote is read here, with
    // nothing kept across a call; anything else goes out of line.
    static char const* read(char const* p, char const* end, open_enum<E>& v)
    {
#ifdef SFMODELS_SSE2
        if (SFMODELS_LIKELY(*p == '"' && end - p > 32)) {
            char const* const first = p + 1;
            std::size_t n;
            spelling_words w;
            if (SFMODELS_LIKELY(spelling_in_32(first, n, w)))
                return read_spelling_words(first, n, w, v);
        }
#endif
        return read_any(p, end, v);
    }

    // The spelling of n bytes at first, whose words are w (n < word_spelling_limit).
    static SFMODELS_FAST_INLINE char const* read_spelling_words(char const* first, std::size_t n, spelling_words w,
                                                                open_enum<E>& v)
    {
        if (n < word_spelling_limit)
            if (int const k = enum_lookup<E>::find_words(w, n); k >= 0) {
                v = enum_table<E>::at(static_cast<std::size_t>(k));
                return first + n + 1;
            }
        return read_spelling(first, n, v);
    }

    // near the end of the text, or without SSE2: the portable scan; then
    // escapes, non-ASCII text, more than 31 bytes
    SFMODELS_FAST_COLD static char const* read_any(char const* p, char const* end, open_enum<E>& v)
    {
        if (*p == '"') {
            char const* const first = p + 1;
            std::size_t n;
            spelling_words w;
            if (short_spelling_portable(first, end, n, w))
                return read_spelling_words(first, n, w, v);
        }
        return read_text_any(p, end, {&v, &slot_traits<open_enum<E>>::string});
    }

    // A spelling of n bytes at first that is long, or no spelling of E
    // (matched ignoring case, or kept, as the reference decoder does).
    SFMODELS_FAST_COLD static char const* read_spelling(char const* first, std::size_t n, open_enum<E>& v)
    {
        if (int const k = n >= word_spelling_limit ? enum_lookup<E>::find_long(first, n) : -1; k >= 0)
            v = enum_table<E>::at(static_cast<std::size_t>(k));
        else
            slot_traits<open_enum<E>>::string(&v, std::string_view(first, n));
        return first + n + 1;
    }
};

template<>
struct reader<boost::uuids::uuid>
{
    static char const* read(char const* p, char const* end, boost::uuids::uuid& u)
    {
        // 36 bytes that parse as a uuid hold no escape, so they are the string's text
        if (SFMODELS_LIKELY(end - p >= 38 && p[0] == '"' && p[37] == '"' &&
                            parse_uuid(std::string_view(p + 1, uuid_text_size), u)))
            return p + 38;
        return read_text_any(p, end, {&u, &slot_traits<boost::uuids::uuid>::string});
    }
};

template<>
struct reader<timestamp>
{
    static char const* read(char const* p, char const* end, timestamp& t)
    {
        // the two forms servers send, at their fixed lengths: text of that
        // form holds no quote or escape, so it is the whole string; its
        // four-digit year in UTC keeps it in range
        if (end - p >= 30 && *p == '"') {
            if (p[29] == '"' && timestamp_swar::parse_utc(p + 1, 28, t))
                return p + 30;
            if (p[21] == '"' && timestamp_swar::parse_utc(p + 1, 20, t))
                return p + 22;
        }
        return read_text(p, end,
                         [&](std::string_view s) { return parse_timestamp(s, t) && timestamp_in_range(t); });
    }
};

template<>
struct reader<bool>
{
    static char const* read(char const* p, char const* end, bool& b)
    {
        if (end - p >= 4 && equal_fixed<4>(p, "true")) {
            b = true;
            return p + 4;
        }
        if (end - p >= 5 && equal_fixed<5>(p, "false")) {
            b = false;
            return p + 5;
        }
        return nullptr;
    }
};

// A quoted integer in any other form (escapes, more digits): out of line, so
// that the integer's reader needs no registers of its own.
SFMODELS_FAST_COLD inline integer_read read_int64_text(char const* p, char const* end)
{
    std::int64_t i = 0;
    char const* const next = read_text(p, end, [&](std::string_view s) { return parse_int64(s, i) == int_parse::ok; });
    return {next, static_cast<std::uint64_t>(i)};
}

// std::int64_t and std::int32_t: from a JSON integer or a string holding one.
template<class Int>
    requires(std::is_same_v<Int, std::int64_t> || std::is_same_v<Int, std::int32_t>)
struct reader<Int>
{
    static bool store(std::int64_t i, Int& v) noexcept
    {
        if (i < std::numeric_limits<Int>::min() || i > std::numeric_limits<Int>::max())
            return false;
        v = static_cast<Int>(i);
        return true;
    }

    static char const* read(char const* p, char const* end, Int& v)
    {
        std::int64_t i = 0;
        bool const quoted = *p == '"';
        char const* const digits = p + quoted;
        char const* q = digits != end ? read_integer(digits, end, i) : nullptr;
        if (quoted) {
            if (SFMODELS_LIKELY(q && q != end && *q == '"'))
                ++q;
            else {
                integer_read const r = read_int64_text(p, end);
                q = r.next;
                i = static_cast<std::int64_t>(r.value);
            }
        }
        return q && store(i, v) ? q : nullptr;
    }
};

// sfmodels::quoted<T> reads as T does.
template<class T>
struct reader<quoted<T>>
{
    static SFMODELS_FAST_INLINE char const* read(char const* p, char const* end, quoted<T>& v)
    {
        return reader<T>::read(p, end, v.value);
    }
};

// Any other scalar kind, from its description: a string's text through
// parse(), a number's through number().
template<class T>
    requires(scalar<T> && !std::is_same_v<T, std::int64_t> && !std::is_same_v<T, std::int32_t>)
struct reader<T>
{
    using codec = scalar_codec<T>;

    static char const* read(char const* p, char const* end, T& v)
    {
        if (*p == '"') {
            if constexpr (codec::from_string)
                return read_text(p, end, [&](std::string_view s) { return codec::parse(s, v) == error{}; });
            else
                return nullptr;
        } else if constexpr (codec::from_number) {
            if constexpr (std::is_same_v<T, double>)
                if (char const* const q = read_simple_double(p, end, v))
                    return q;
            char const* const q = skip_number(p, end);
            if (!q)
                return nullptr;
            auto const text = std::string_view(p, static_cast<std::size_t>(q - p));
            return codec::number(classify_number(text), v) == error{} ? q : nullptr;
        } else
            return nullptr;
    }
};

/** Free-form JSON, kept as compact text. A value with no whitespace and no
    escape is its own compact form and is copied; anything else goes to the
    reference decoder, which rewrites it.
*/
template<>
struct reader<json_text>
{
    static char const* read(char const* p, char const* end, json_text& v);
};

} // namespace sfmodels::detail::fast

#endif
