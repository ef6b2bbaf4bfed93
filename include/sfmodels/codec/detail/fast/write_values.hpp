#ifndef SFMODELS_CODEC_DETAIL_FAST_WRITE_VALUES_HPP
#define SFMODELS_CODEC_DETAIL_FAST_WRITE_VALUES_HPP

#include <sfmodels/codec/detail/describe.hpp>
#include <sfmodels/codec/detail/escape.hpp>
#include <sfmodels/codec/detail/fast/bytes.hpp>
#include <sfmodels/codec/detail/fast/string_scan.hpp>
#include <sfmodels/codec/detail/scalars.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace sfmodels::detail::fast {

/** writer<T>::write(p, end, v) writes v at p and returns the end written, or
    nullptr when it lacks room or meets anything else than a plain success (an
    invalid string, a time out of range): encode() then runs the checked writer
    from scratch, which gives the same bytes or the error.
    Members and elements are written with a leading comma; the comma of the
    first one becomes the opening brace or bracket.
*/
template<class T>
struct writer
{
    static constexpr bool supported = false;
};

// ,"Name": for member I of T.
template<class T, std::size_t I>
struct member_key
{
    static constexpr std::string_view name = boost::mp11::mp_at_c<members_of<T>, I>::name;
    static constexpr std::size_t size = name.size() + 4;
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> a{};
        a[0] = ',';
        a[1] = '"';
        for (std::size_t i = 0; i < name.size(); ++i)
            a[i + 2] = name[i];
        a[size - 2] = '"';
        a[size - 1] = ':';
        return a;
    }();
};

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

// s quoted and escaped exactly like write_escaped.
inline char* write_string(char* p, char* end, std::string_view s) noexcept
{
    char const* q = s.data();
    char const* const last = q + s.size();
    if (end - p < static_cast<std::ptrdiff_t>(s.size() + 2))
        return nullptr;
    *p++ = '"';
    char const* run = q;
    for (;;) {
        q = find_special(q, last);
        if (q == last)
            break;
        auto const c = static_cast<unsigned char>(*q);
        if (c >= 0x80) {
            std::size_t const n = utf8_sequence(std::string_view(q, static_cast<std::size_t>(last - q)), 0);
            if (n == 0)
                return nullptr;
            q += n;
            continue;
        }
        std::memcpy(p, run, static_cast<std::size_t>(q - run));
        p += q - run;
        char u[6];
        char const* const e = escape_text(c, u);
        std::size_t const n = e ? 2 : 6;
        if (end - p < static_cast<std::ptrdiff_t>(n + static_cast<std::size_t>(last - q)))
            return nullptr;
        std::memcpy(p, e ? e : u, n);
        p += n;
        run = ++q;
    }
    std::memcpy(p, run, static_cast<std::size_t>(last - run));
    p += last - run;
    *p++ = '"';
    return p;
}

template<>
struct writer<std::string>
{
    static constexpr bool supported = true;
    static constexpr std::size_t room = 2;   // at least; write_string checks the rest

    static char* write(char* p, char* end, std::string const& s) noexcept { return write_string(p, end, s); }
};

template<>
struct writer<bool>
{
    static constexpr bool supported = true;
    static constexpr std::size_t room = 8;

    static SFMODELS_FAST_INLINE char* write(char* p, char*, bool b) noexcept
    {
        std::memcpy(p, b ? "true\0\0\0\0" : "false\0\0\0", 8);
        return p + (b ? 4 : 5);
    }
};

// 64- and 32-bit integers, quoted or not, formatted straight into the room there is.
template<class Int>
    requires(std::is_same_v<Int, std::int64_t> || std::is_same_v<Int, std::int32_t>)
struct writer<Int>
{
    static constexpr bool supported = true;
    static constexpr bool quoted = scalar_codec<Int>::quoted;
    static constexpr std::size_t room = int64_text_padded + 2;

    static SFMODELS_FAST_INLINE char* write(char* p, char*, Int v) noexcept
    {
        if constexpr (quoted)
            *p++ = '"';
        p = format_int64_padded(v, p);
        if constexpr (quoted)
            *p++ = '"';
        return p;
    }
};

// uuids and times: at most scalar_codec<T>::max_size chars, quoted.
template<class T>
    requires(requires { scalar_codec<T>::max_size; } && !std::is_integral_v<T>)
struct writer<T>
{
    using codec = scalar_codec<T>;
    static constexpr bool supported = true;
    static constexpr std::size_t room = codec::max_size + 2;

    static SFMODELS_FAST_INLINE char* write(char* p, char*, T const& v) noexcept
    {
        if constexpr (codec::quoted)
            *p++ = '"';
        p = codec::format(v, p);
        if constexpr (codec::quoted)
            if (p)
                *p++ = '"';
        return p;
    }
};

// Known spellings are copied quoted from a table of fixed-width entries.
template<class E>
struct writer<open_enum<E>>
{
    using table = enum_table<E>;
    static constexpr bool supported = true;
    static constexpr std::size_t width = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < table::size(); ++i)
            n = std::max(n, table::name(table::at(i)).size() + 2);
        return (n + 15) / 16 * 16;
    }();
    static constexpr std::size_t room = 2;   // at least; write checks the rest

    static constexpr bool plain = [] {
        for (std::size_t i = 0; i < table::size(); ++i)
            for (char c : table::name(table::at(i)))
                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
                    return false;
        return true;
    }();
    static_assert(plain, "enumerator spellings must need no escape");

    struct entry
    {
        std::array<char, width> text;
        std::size_t size;
    };

    static constexpr std::array<entry, table::size()> quoted = [] {
        std::array<entry, table::size()> a{};
        for (std::size_t i = 0; i < table::size(); ++i) {
            std::string_view const name = table::name(table::at(i));
            a[i].text[0] = '"';
            for (std::size_t k = 0; k < name.size(); ++k)
                a[i].text[k + 1] = name[k];
            a[i].text[name.size() + 1] = '"';
            a[i].size = name.size() + 2;
        }
        return a;
    }();

    static SFMODELS_FAST_INLINE char* write(char* p, char* end, open_enum<E> const& v) noexcept
    {
        if (auto const k = v.known()) {
            entry const& e = quoted[static_cast<std::size_t>(*k)];
            if (SFMODELS_LIKELY(end - p >= static_cast<std::ptrdiff_t>(width)))
                std::memcpy(p, e.text.data(), width);
            else if (end - p >= static_cast<std::ptrdiff_t>(e.size))
                std::memcpy(p, e.text.data(), e.size);
            else
                return nullptr;
            return p + e.size;
        }
        return write_string(p, end, v.spelling());
    }
};

template<class U>
struct writer<std::vector<U>>
{
    static constexpr bool supported = writer<U>::supported;
    static constexpr std::size_t room = 2;

    static char* write(char* p, char* end, std::vector<U> const& v) noexcept
    {
        char* const open = p;
        for (U const& e : v) {
            if (end - p < static_cast<std::ptrdiff_t>(1 + writer<U>::room))
                return nullptr;
            *p++ = ',';
            if (!(p = writer<U>::write(p, end, e)))
                return nullptr;
        }
        if (end - p < 2)
            return nullptr;
        if (p == open)
            *p++ = '[';
        else
            *open = '[';
        *p++ = ']';
        return p;
    }
};

template<described_struct T>
struct writer<T>
{
    static constexpr std::size_t count = member_count<T>;
    static constexpr std::size_t room = 2;

    template<class M>
    using value_type = typename std::conditional_t<is_optional<M>::value, M, std::optional<M>>::value_type;

    static constexpr bool supported = [] {
        bool ok = true;
        boost::mp11::mp_for_each<members_of<T>>(
            [&](auto d) { ok = ok && writer<value_type<member_type<decltype(d)>>>::supported; });
        return ok;
    }();

    template<std::size_t I>
    static SFMODELS_FAST_INLINE char* members(char* p, char* end, T const& v) noexcept
    {
        if constexpr (I == count)
            return p;
        else {
            using D = boost::mp11::mp_at_c<members_of<T>, I>;
            using M = member_type<D>;
            using key = member_key<T, I>;
            auto const& m = v.*D::pointer;
            if constexpr (is_optional<M>::value)
                if (!m)
                    return members<I + 1>(p, end, v);
            using W = writer<value_type<M>>;
            if (end - p < static_cast<std::ptrdiff_t>(key::size + W::room))
                return nullptr;
            std::memcpy(p, key::text.data(), key::size);
            if constexpr (is_optional<M>::value)
                p = W::write(p + key::size, end, *m);
            else
                p = W::write(p + key::size, end, m);
            return p ? members<I + 1>(p, end, v) : nullptr;
        }
    }

    static char* write(char* p, char* end, T const& v) noexcept
    {
        char* const open = p;
        if (!(p = members<0>(p, end, v)) || end - p < 2)
            return nullptr;
        if (p == open)
            *p++ = '{';
        else
            *open = '{';
        *p++ = '}';
        return p;
    }
};

} // namespace sfmodels::detail::fast

#endif
