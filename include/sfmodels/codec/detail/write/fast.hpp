#ifndef SFMODELS_CODEC_DETAIL_WRITE_FAST_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_FAST_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/write/keyed_string.hpp>
#include <sfmodels/codec/detail/write/strings.hpp>
#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/string_scan.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/read/skip_value.hpp>
#include <sfmodels/codec/detail/scalar/all.hpp>
#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstring>
#include <map>
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
struct writer;

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

// Whether t is exactly one JSON value, as json_text must hold.
inline bool json_text_valid(std::string_view t) noexcept
{
    char const* const end = t.data() + t.size();
    return !t.empty() && t[0] != ' ' && t[0] != '\t' && t[0] != '\n' && t[0] != '\r' && skip_value(t.data(), end) == end;
}

template<>
struct writer<std::string>
{
    static constexpr std::size_t room = 2;   // at least; write_string checks the rest

    static char* write(char* p, char* end, std::string const& s) noexcept { return write_string(p, end, s); }
};

template<>
struct writer<bool>
{
    static constexpr std::size_t room = 8;

    // "false" and "true" as words, by the value
    static constexpr std::uint64_t words[2] = {0x00000065736c6166ull, 0x0000000065757274ull};

    static SFMODELS_FAST_INLINE char* write(char* p, char*, bool b) noexcept
    {
        if constexpr (std::endian::native == std::endian::little)
            std::memcpy(p, &words[b], 8);
        else
            std::memcpy(p, b ? "true\0\0\0\0" : "false\0\0\0", 8);
        return p + 5 - b;
    }
};

// Signed 64- and 32-bit integers, quoted or not, formatted straight into the room there is.
template<class Int, bool Quoted>
struct signed_writer
{
    static constexpr std::size_t room = int64_text_padded + 2;

    static SFMODELS_FAST_INLINE char* write(char* p, char*, Int v) noexcept
    {
        if constexpr (Quoted)
            *p++ = '"';
        p = format_int64_padded(v, p);
        if constexpr (Quoted)
            *p++ = '"';
        return p;
    }
};

template<class Int>
    requires(std::is_same_v<Int, std::int64_t> || std::is_same_v<Int, std::int32_t>)
struct writer<Int> : signed_writer<Int, false> {};

template<class Int>
    requires(std::is_same_v<Int, std::int64_t> || std::is_same_v<Int, std::int32_t>)
struct writer<quoted<Int>>
{
    static constexpr std::size_t room = signed_writer<Int, true>::room;

    static SFMODELS_FAST_INLINE char* write(char* p, char* end, quoted<Int> v) noexcept
    {
        return signed_writer<Int, true>::write(p, end, v.value);
    }
};

// Every other scalar kind: at most scalar_codec<T>::max_size chars, quoted or not.
template<class T>
    requires(scalar<T> && !std::is_same_v<T, std::int64_t> && !std::is_same_v<T, std::int32_t> &&
             !std::is_same_v<T, quoted<std::int64_t>> && !std::is_same_v<T, quoted<std::int32_t>>)
struct writer<T>
{
    using codec = scalar_codec<T>;
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
    static constexpr std::size_t width = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < table::size(); ++i)
            n = std::max(n, table::name(table::at(i)).size() + 2);
        return (n + 15) / 16 * 16;
    }();
    // Up to 32, a known spelling's room (the caller checks it); past that
    // (FabricErrorCodes), write checks it, so that a buffer with 32 chars to
    // spare is never declined. write checks an unknown spelling's room.
    static constexpr bool room_checked = width > 32;
    static constexpr std::size_t room = room_checked ? 2 : width;

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
            if constexpr (room_checked) {
                if (SFMODELS_LIKELY(end - p >= static_cast<std::ptrdiff_t>(width)))
                    std::memcpy(p, e.text.data(), width);
                else if (end - p >= static_cast<std::ptrdiff_t>(e.size))
                    std::memcpy(p, e.text.data(), e.size);
                else
                    return nullptr;
            } else
                std::memcpy(p, e.text.data(), width);
            return p + e.size;
        }
        return write_string(p, end, v.spelling());
    }
};

// Structs of at most this many members are written inline (their code taken
// in by the caller) rather than called: as array elements, up to four; as
// members, only the wrappers of one id (NodeId) that the API nests in its
// entities (more measured slower, the parent's code then keeping more in
// registers).
inline constexpr std::size_t inline_element_members = 4;
inline constexpr std::size_t inline_member_members = 1;

// writer<U>::write, inline for a struct of at most Most members.
template<std::size_t Most, class U>
SFMODELS_FAST_INLINE char* write_nested(char* p, char* end, U const& v) noexcept
{
    if constexpr (requires { writer<U>::write_inline(p, end, v); })
        if constexpr (member_count<U> <= Most)
            return writer<U>::write_inline(p, end, v);
    return writer<U>::write(p, end, v);
}

template<class U>
struct writer<std::vector<U>>
{
    static constexpr std::size_t room = 2;

    // an empty array here (in the room every caller gives); the elements out of line
    static SFMODELS_FAST_INLINE char* write(char* p, char* end, std::vector<U> const& v) noexcept
    {
        if (!v.empty())
            return write_elements(p, end, v);
        std::memcpy(p, "[]", 2);
        return p + 2;
    }

    static char* write_elements(char* p, char* end, std::vector<U> const& v) noexcept
    {
        char* const open = p;
        for (U const& e : v) {
            if (end - p < static_cast<std::ptrdiff_t>(1 + writer<U>::room))
                return nullptr;
            *p++ = ',';
            if (!(p = write_nested<inline_element_members>(p, end, e)))
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

// A string-keyed map: its entries in key order.
template<class U>
struct writer<std::map<std::string, U, std::less<>>>
{
    static constexpr std::size_t room = 2;

    static char* write(char* p, char* end, std::map<std::string, U, std::less<>> const& m) noexcept
    {
        char* const open = p;
        for (auto const& [key, value] : m) {
            if (end - p < 1)
                return nullptr;
            *p++ = ',';
            if (!(p = write_string(p, end, key)) || end - p < static_cast<std::ptrdiff_t>(1 + writer<U>::room))
                return nullptr;
            *p++ = ':';
            if (!(p = writer<U>::write(p, end, value)))
                return nullptr;
        }
        if (end - p < 2)
            return nullptr;
        if (p == open)
            *p++ = '{';
        else
            *open = '{';
        *p++ = '}';
        return p;
    }
};

// Free-form JSON: its text, when it is one JSON value.
template<>
struct writer<json_text>
{
    static constexpr std::size_t room = 0;

    static char* write(char* p, char* end, json_text const& v) noexcept
    {
        std::string_view const t = v.text;
        if (!json_text_valid(t) || end - p < static_cast<std::ptrdiff_t>(t.size()))
            return nullptr;
        std::memcpy(p, t.data(), t.size());
        return p + t.size();
    }
};

/** A described struct. Skip names a member left out: the discriminator,
    when the struct is written as a kind of a family.
*/
template<described_struct T, std::size_t Skip = std::size_t(-1)>
    requires(!scalar<T>)
struct struct_writer
{
    static constexpr std::size_t count = member_count<T>;
    static constexpr std::size_t room = 2;

    template<class M>
    using value_type = typename std::conditional_t<is_optional<M>::value, M, std::optional<M>>::value_type;

    // Member I, if present, with its leading comma; p unchanged if absent,
    // nullptr if out of room. One call site per member: members<I + 1> below
    // is reached from a single place, so the inlined code grows linearly.
    template<std::size_t I>
    static SFMODELS_FAST_INLINE char* member(char* p, char* end, T const& v) noexcept
    {
        using D = boost::mp11::mp_at_c<members_of<T>, I>;
        using M = member_type<D>;
        using key = member_key<T, I>;
        auto const& m = v.*D::pointer;
        if constexpr (is_optional<M>::value)
            if (!m)
                return p;
        using W = writer<value_type<M>>;
        if constexpr (std::is_same_v<value_type<M>, std::string>) {
            std::string const& s = [&]() -> std::string const& {
                if constexpr (is_optional<M>::value)
                    return *m;
                else
                    return m;
            }();
            return write_keyed_string<key::size>(p, end, key::text.data(), s);
        }
        if (end - p < static_cast<std::ptrdiff_t>(key::size + W::room))
            return nullptr;
        std::memcpy(p, key::text.data(), key::size);
        if constexpr (is_optional<M>::value)
            return write_nested<inline_member_members>(p + key::size, end, *m);
        else
            return write_nested<inline_member_members>(p + key::size, end, m);
    }

    template<std::size_t I>
    static SFMODELS_FAST_INLINE char* members(char* p, char* end, T const& v) noexcept
    {
        if constexpr (I == count)
            return p;
        else {
            if constexpr (I != Skip)
                p = member<I>(p, end, v);
            return p ? members<I + 1>(p, end, v) : nullptr;
        }
    }

    static char* write(char* p, char* end, T const& v) noexcept { return write_inline(p, end, v); }

    // write() where the caller takes the code in: an array's small elements
    static SFMODELS_FAST_INLINE char* write_inline(char* p, char* end, T const& v) noexcept
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

template<described_struct T>
    requires(!scalar<T>)
struct writer<T> : struct_writer<T> {};

} // namespace sfmodels::detail::fast

// the family writer, built on struct_writer above
#include <sfmodels/codec/detail/write/family.hpp>

#endif
