#ifndef SFMODELS_CODEC_DETAIL_READ_STRUCTS_HPP
#define SFMODELS_CODEC_DETAIL_READ_STRUCTS_HPP

#include <sfmodels/codec/detail/reference/slots.hpp>
#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/depth.hpp>
#include <sfmodels/codec/detail/read/kind_index.hpp>
#include <sfmodels/codec/detail/read/object.hpp>
#include <sfmodels/codec/detail/read/scalars.hpp>
#include <sfmodels/codec/detail/read/skip_value.hpp>
#include <sfmodels/codec/detail/types/key_table.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sfmodels::detail::fast {

// What the decode running on this thread may still allocate for new elements.
inline thread_local memory_budget budget;

// null reads as absent
template<class U>
struct reader<std::optional<U>>
{
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
    static char const* read(char const* p, char const* end, std::vector<U>& v)
    {
        if constexpr (recursive<std::vector<U>>) {
            if (!depth_allows<std::vector<U>>())
                return nullptr;
            nested const level;
            return read_array(p, end, v);
        } else
            return read_array(p, end, v);
    }

    static SFMODELS_FAST_INLINE char const* read_array(char const* p, char const* end, std::vector<U>& v)
    {
        if (*p != '[')
            return nullptr;
        p = skip_ws(p + 1, end);
        if (p == end)
            return nullptr;
        std::size_t n = 0;
        if (*p != ']') {
            for (;;) {
                if (n == v.size() && !charge_growth(v, budget))
                    return nullptr;
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
        drop_tail(v, n);
        return p + 1;
    }
};

// "Name": for member I of T, built at compile time; ,"Name": with Comma.
template<class T, std::size_t I, bool Comma = false>
struct member_literal
{
    static constexpr std::string_view name = boost::mp11::mp_at_c<members_of<T>, I>::name;
    static constexpr std::size_t size = name.size() + 3 + Comma;
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> a{};
        if (Comma)
            a[0] = ',';
        a[Comma] = '"';
        for (std::size_t i = 0; i < name.size(); ++i)
            a[i + 1 + Comma] = name[i];
        a[size - 2] = '"';
        a[size - 1] = ':';
        return a;
    }();
};

/** A described struct. Members are expected in declaration order: each key is
    compared whole with its precomputed literal; the first that differs sends
    the rest of the object through the key table, where unknown members are
    skipped. Members not seen are reset, like the reference does. Only the
    in-order reading is compiled for each struct: the rest goes through
    tables (read_any_order, reset_unseen).
*/
template<described_struct T>
    requires(!scalar<T>)
struct reader<T>
{
    static constexpr std::size_t count = member_count<T>;

    static_assert(count <= 64, "the fast reader takes structs of at most 64 members (fast::supported says so)");

    // members out of order are read through tables shared with the reference decoder
    static constexpr std::array<member_reader, count> member_readers = [] {
        std::array<member_reader, count> a{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) { a[i++] = &read_member<member_type<decltype(d)>>; });
        return a;
    }();
    static constexpr object_reader any_order{&object_ops_for<T>, member_readers.data()};

    // Where a member's value starts, or where the object ended (done).
    struct step
    {
        char const* p;
        bool done;
    };

    // p at the quote of member I's key, or of another: the members from there
    // on, in order while they come in order.
    template<std::size_t I>
    static SFMODELS_FAST_INLINE char const* in_order(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        if constexpr (I == count)
            return read_any_order(p, end, &v, seen, any_order);
        else {
            using key = member_literal<T, I>;
            if (end - p <= static_cast<std::ptrdiff_t>(key::size) || !equal_fixed<key::size>(p, key::text.data()))
                return read_any_order(p, end, &v, seen, any_order);
            return value_of<I>(p + key::size, end, v, seen);
        }
    }

    // p after member I's key: its value, then the members after it.
    template<std::size_t I>
    static SFMODELS_FAST_INLINE char const* value_of(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        using D = boost::mp11::mp_at_c<members_of<T>, I>;
        if (SFMODELS_UNLIKELY(is_ws(*p)) && (p = skip_ws(p, end)) == end)
            return nullptr;
        seen |= std::uint64_t(1) << I;
        if (!(p = reader<member_type<D>>::read(p, end, v.*D::pointer)))
            return nullptr;
        return after<I + 1>(p, end, v, seen);
    }

    /* p after a value, member I expected next: in compact JSON its comma
       and key are compared in one go; anything else (whitespace, the end of
       the object, another member) goes through resume(). */
    template<std::size_t I>
    static SFMODELS_FAST_INLINE char const* after(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        if constexpr (I == count) {
            if (SFMODELS_LIKELY(p != end && *p == '}'))
                return p + 1;
            return resume<I>(p, end, v, seen).p;
        } else {
            using key = member_literal<T, I, true>;
            step s{p + key::size, false};
            if (end - p <= static_cast<std::ptrdiff_t>(key::size) || !equal_fixed<key::size>(p, key::text.data()))
                s = resume<I>(p, end, v, seen);
            return s.done ? s.p : value_of<I>(s.p, end, v, seen);
        }
    }

    // after() the general way: the separator, then member I's key or the rest
    // of the object through the key table.
    template<std::size_t I>
    static step resume(char const* p, char const* end, T& v, std::uint64_t& seen)
    {
        bool closed = false;
        if (!(p = next_member(p, end, closed)) || closed)
            return {p, true};
        if constexpr (I != count) {
            using key = member_literal<T, I>;
            if (end - p > static_cast<std::ptrdiff_t>(key::size) && equal_fixed<key::size>(p, key::text.data()))
                return {p + key::size, false};
        }
        return {read_any_order(p, end, &v, seen, any_order), true};
    }

    // resets the optional members not seen; false if a required one is missing
    static SFMODELS_FAST_INLINE bool finish(T& v, std::uint64_t seen) noexcept
    {
        constexpr std::uint64_t all = count == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << count) - 1;
        if (SFMODELS_LIKELY(seen == all))
            return true;
        return reset_unseen(object_ops_for<T>, &v, all & ~seen);
    }

    static char const* read(char const* p, char const* end, T& v)
    {
        if constexpr (recursive<T>) {
            if (!depth_allows<T>())
                return nullptr;
            nested const level;
            return read_object(p, end, v);
        } else
            return read_object(p, end, v);
    }

    static SFMODELS_FAST_INLINE char const* read_object(char const* p, char const* end, T& v)
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

    // The rest of an object whose members start after a value at p that is
    // no member of T (a family's discriminator, read already).
    static char const* read_after(char const* p, char const* end, T& v)
    {
        if constexpr (recursive<T>) {
            if (!depth_allows<T>())
                return nullptr;
            nested const level;
            return read_rest(p, end, v);
        } else
            return read_rest(p, end, v);
    }

    static SFMODELS_FAST_INLINE char const* read_rest(char const* p, char const* end, T& v)
    {
        std::uint64_t seen = 0;
        bool closed = false;
        if (!(p = next_member(p, end, closed)))
            return nullptr;
        if (!closed && !(p = in_order<0>(p, end, v, seen)))
            return nullptr;
        return finish(v, seen) ? p : nullptr;
    }
};

// Reads the string at p (a quote) into `text` when it needs no unescaping;
// the position after it, or nullptr.
SFMODELS_FAST_INLINE char const* plain_string(char const* p, char const* end, std::string_view& text) noexcept
{
    if (*p != '"')
        return nullptr;
    char const* const first = p + 1;
    char const* const q = find_special(first, end);
    if (q == end || *q != '"')
        return nullptr;
    text = std::string_view(first, static_cast<std::size_t>(q - first));
    return q + 1;
}

/** A discriminated family: the discriminator is found first (usually the
    first member; else the members before it are skipped), then the object
    is read from its start as the alternative it names, which reads the
    discriminator again as its own member when it has one.
*/
template<polymorphic V>
struct reader<V>
{
    using traits = family_traits<V>;

    static constexpr std::size_t key_size = traits::discriminator.size() + 2;
    static constexpr std::array<char, key_size> key_text = [] {
        std::array<char, key_size> a{};
        a[0] = '"';
        for (std::size_t i = 0; i < traits::discriminator.size(); ++i)
            a[i + 1] = traits::discriminator[i];
        a[key_size - 1] = '"';
        return a;
    }();

    /* reads the object at p as alternative I, whose wire value is `kind`;
       after_kind: the position after the kind when the discriminator is the
       object's first member, else nullptr */
    template<std::size_t I>
    static char const* read_as(char const* p, char const* after_kind, char const* end, V& v, std::string_view kind)
    {
        using A = typename traits::template alternative<I>;
        A& a = traits::template hold<I>(v);
        if constexpr (key_table<A>::find(traits::discriminator) == key_table<A>::not_found) {
            // the discriminator is no member of A (which would skip it): the
            // members that follow it are read in order
            (void)kind;
            return after_kind ? reader<A>::read_after(after_kind, end, a) : reader<A>::read(p, end, a);
        } else {
            char const* const after = reader<A>::read(p, end, a);
            // a repeated discriminator: the kind is read where it first occurs
            if (after && !traits::template kind_agrees<I>(a, kind))
                return nullptr;
            return after;
        }
    }

    // one function per alternative, reached through a table rather than
    // inlined side by side into read()
    using read_fn = char const* (*)(char const*, char const*, char const*, V&, std::string_view);
    static constexpr std::array<read_fn, traits::size> alternatives =
        []<std::size_t... I>(std::index_sequence<I...>) {
            return std::array<read_fn, traits::size>{&read_as<I>...};
        }(std::make_index_sequence<traits::size>{});

    static char const* read(char const* p, char const* end, V& v)
    {
        if constexpr (recursive<V>) {
            if (!depth_allows<V>())
                return nullptr;
        }
        if (*p != '{')
            return nullptr;
        char const* q = skip_ws(p + 1, end);
        std::string_view kind;
        char const* after_kind = nullptr;
        for (bool first = true;; first = false) {
            if (q == end || *q != '"')
                return nullptr;
            bool const is_key = end - q >= static_cast<std::ptrdiff_t>(key_size) &&
                                equal_fixed<key_size>(q, key_text.data());
            q = is_key ? q + key_size : skip_string(q, end);
            if (!q || (q = skip_ws(q, end)) == end || *q != ':' || (q = skip_ws(q + 1, end)) == end)
                return nullptr;
            if (is_key) {
                if (!(q = plain_string(q, end, kind)))
                    return nullptr;
                if (first)
                    after_kind = q;
                break;
            }
            if (!(q = skip_value(q, end)) || (q = skip_ws(q, end)) == end || *q != ',' ||
                (q = skip_ws(q + 1, end)) == end)
                return nullptr;
        }
        std::size_t const k = kind_index<V>::find(kind);
        if (k == no_index)
            return nullptr;
        return alternatives[k](p, after_kind, end, v, kind);
    }
};

/** A string-keyed map. The entries it had wait in a pool and are moved back
    as their keys come, so that reading the same keys again allocates nothing.
*/
template<class U>
struct reader<std::map<std::string, U, std::less<>>>
{
    using map_type = std::map<std::string, U, std::less<>>;

    static char const* read(char const* p, char const* end, map_type& m)
    {
        if constexpr (recursive<map_type>) {
            if (!depth_allows<map_type>())
                return nullptr;
            nested const level;
            return read_entries(p, end, m);
        } else
            return read_entries(p, end, m);
    }

    static SFMODELS_FAST_INLINE char const* read_entries(char const* p, char const* end, map_type& m)
    {
        if (*p != '{')
            return nullptr;
        map_type pool = std::move(m);
        m.clear();
        p = skip_ws(p + 1, end);
        if (p == end)
            return nullptr;
        if (*p == '}')
            return p + 1;
        for (;;) {
            std::string_view key;
            if (!(p = plain_string(p, end, key)) || key.size() > limits::max_string_size)
                return nullptr;
            if ((p = skip_ws(p, end)) == end || *p != ':' || (p = skip_ws(p + 1, end)) == end)
                return nullptr;
            auto it = m.find(key);
            if (it == m.end()) {
                if (auto o = pool.find(key); o != pool.end())
                    it = m.insert(pool.extract(o)).position;
                else if (!budget.charge(sizeof(typename map_type::value_type) + map_node_overhead + key.size()))
                    return nullptr;
                else
                    it = m.try_emplace(std::string(key)).first;
            }
            if (!(p = reader<U>::read(p, end, it->second)) || (p = skip_ws(p, end)) == end)
                return nullptr;
            if (*p == '}')
                return p + 1;
            if (*p != ',' || (p = skip_ws(p + 1, end)) == end)
                return nullptr;
        }
    }
};

inline char const* reader<json_text>::read(char const* p, char const* end, json_text& v)
{
    char const* const q = *p == 'n' ? nullptr : skip_value(p, end);   // null: as the reference decides
    if (!q)
        return nullptr;
    bool in_string = false;
    for (char const* c = p; c != q; ++c) {
        if (*c == '\\')
            return nullptr;
        if (*c == '"')
            in_string = !in_string;
        else if (!in_string && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r'))
            return nullptr;
    }
    v.text.assign(p, static_cast<std::size_t>(q - p));
    return q;
}

} // namespace sfmodels::detail::fast

#endif
