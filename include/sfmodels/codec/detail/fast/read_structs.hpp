#ifndef SFMODELS_CODEC_DETAIL_FAST_READ_STRUCTS_HPP
#define SFMODELS_CODEC_DETAIL_FAST_READ_STRUCTS_HPP

#include <sfmodels/codec/detail/describe.hpp>
#include <sfmodels/codec/detail/fast/bytes.hpp>
#include <sfmodels/codec/detail/fast/read_scalars.hpp>
#include <sfmodels/codec/detail/fast/skip_value.hpp>
#include <sfmodels/codec/detail/key_table.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace sfmodels::detail::fast {

// null reads as absent
template<class U>
struct reader<std::optional<U>>
{
    static constexpr bool supported = reader<U>::supported;

    static SFMODELS_FAST_INLINE char const* read(char const* p, char const* end, std::optional<U>& o)
    {
        if (*p == 'n') {
            if (end - p < 4 || !equal_fixed<4>(p, "null"))
                return nullptr;
            o.reset();
            return p + 4;
        }
        return reader<U>::read(p, end, o ? *o : o.emplace());
    }
};

// Elements already there are decoded into, like the reference decoder does.
template<class U>
struct reader<std::vector<U>>
{
    static constexpr bool supported = reader<U>::supported;

    static char const* read(char const* p, char const* end, std::vector<U>& v)
    {
        if (*p != '[')
            return nullptr;
        p = skip_ws(p + 1, end);
        if (p == end)
            return nullptr;
        std::size_t n = 0;
        if (*p != ']') {
            for (;;) {
                U& e = n < v.size() ? v[n] : v.emplace_back();
                ++n;
                p = reader<U>::read(p, end, e);
                if (!p || (p = skip_ws(p, end)) == end)
                    return nullptr;
                if (*p == ']')
                    break;
                if (*p != ',' || (p = skip_ws(p + 1, end)) == end)
                    return nullptr;
            }
        }
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(n), v.end());
        return p + 1;
    }
};

// "Name": for member I of T, built at compile time.
template<class T, std::size_t I>
struct member_literal
{
    static constexpr std::string_view name = boost::mp11::mp_at_c<members_of<T>, I>::name;
    static constexpr std::size_t size = name.size() + 3;
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> a{};
        a[0] = '"';
        for (std::size_t i = 0; i < name.size(); ++i)
            a[i + 1] = name[i];
        a[size - 2] = '"';
        a[size - 1] = ':';
        return a;
    }();
};

/** A described struct. Members are expected in declaration order: each key is
    compared whole with its precomputed literal; the first that differs sends
    the rest of the object through the key table, where unknown members are
    skipped. Members not seen are reset, like the reference does.
*/
template<described_struct T>
struct reader<T>
{
    static constexpr std::size_t count = member_count<T>;

    static constexpr bool supported = [] {
        bool ok = count <= 64;
        boost::mp11::mp_for_each<members_of<T>>(
            [&](auto d) { ok = ok && reader<member_type<decltype(d)>>::supported; });
        return ok;
    }();

    // reads the value of member I at p, after its key and colon
    template<std::size_t I>
    static SFMODELS_FAST_INLINE char const* member(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        using D = boost::mp11::mp_at_c<members_of<T>, I>;
        p = skip_ws(p, end);
        if (p == end)
            return nullptr;
        seen |= std::uint64_t(1) << I;
        return reader<member_type<D>>::read(p, end, v.*D::pointer);
    }

    // after a member's value: "," and the next key's quote, or the closing brace
    static SFMODELS_FAST_INLINE char const* next(char const* p, char const* end, bool& closed) noexcept
    {
        if ((p = skip_ws(p, end)) == end)
            return nullptr;
        if (*p == '}') {
            closed = true;
            return p + 1;
        }
        if (*p != ',' || (p = skip_ws(p + 1, end)) == end)
            return nullptr;
        return p;
    }

    static char const* any_order(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        for (;;) {
            if (*p != '"')
                return nullptr;
            char const* const first = p + 1;
            char const* q = find_special(first, end);
            std::string_view key;
            char text[max_text];
            if (SFMODELS_LIKELY(q != end && *q == '"'))
                key = std::string_view(first, static_cast<std::size_t>(q - first));
            else {
                bool escaped = false;
                q = scan_string(q, end, escaped);
                if (!q)
                    return nullptr;
                key = std::string_view(first, static_cast<std::size_t>(q - first));
                if (escaped) {
                    if (key.size() > max_text)
                        return nullptr;
                    key = std::string_view(text, static_cast<std::size_t>(unescape(first, q, text) - text));
                }
            }
            if (key.size() > limits::max_string_size)
                return nullptr;
            p = skip_ws(q + 1, end);
            if (p == end || *p != ':' || (p = skip_ws(p + 1, end)) == end)
                return nullptr;
            if (int const m = key_table<T>::find(key); m < 0)
                p = skip_value(p, end);
            else
                p = boost::mp11::mp_with_index<count>(static_cast<std::size_t>(m),
                                                      [&](auto I) { return member<I>(p, end, v, seen); });
            bool closed = false;
            if (!p || !(p = next(p, end, closed)) || closed)
                return p;
        }
    }

    template<std::size_t I>
    static SFMODELS_FAST_INLINE char const* in_order(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        if constexpr (I == count)
            return any_order(p, end, v, seen);
        else {
            using key = member_literal<T, I>;
            if (end - p < static_cast<std::ptrdiff_t>(key::size) || !equal_fixed<key::size>(p, key::text.data()))
                return any_order(p, end, v, seen);
            p = member<I>(p + key::size, end, v, seen);
            bool closed = false;
            if (!p || !(p = next(p, end, closed)) || closed)
                return p;
            return in_order<I + 1>(p, end, v, seen);
        }
    }

    // resets the optional members not seen; false if a required one is missing
    static SFMODELS_FAST_INLINE bool finish(T& v, std::uint64_t seen) noexcept
    {
        constexpr std::uint64_t all = count == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << count) - 1;
        if (SFMODELS_LIKELY(seen == all))
            return true;
        bool ok = true;
        std::size_t i = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            if (!(seen >> i++ & 1)) {
                if constexpr (is_optional<member_type<decltype(d)>>::value)
                    (v.*d.pointer).reset();
                else
                    ok = false;
            }
        });
        return ok;
    }

    static char const* read(char const* p, char const* end, T& v)
    {
        if (*p != '{')
            return nullptr;
        p = skip_ws(p + 1, end);
        if (p == end)
            return nullptr;
        std::uint64_t seen = 0;
        if (*p == '}')
            ++p;
        else if (!(p = in_order<0>(p, end, v, seen)))
            return nullptr;
        return finish(v, seen) ? p : nullptr;
    }
};

} // namespace sfmodels::detail::fast

#endif
