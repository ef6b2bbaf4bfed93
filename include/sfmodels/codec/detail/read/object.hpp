#ifndef SFMODELS_CODEC_DETAIL_READ_OBJECT_HPP
#define SFMODELS_CODEC_DETAIL_READ_OBJECT_HPP

#include <sfmodels/codec/detail/reference/slots.hpp>
#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/scalars.hpp>
#include <sfmodels/codec/detail/read/skip_value.hpp>
#include <sfmodels/codec/limits.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

// The parts of the struct reader that are not on its hot path (members out of
// declaration order, members absent), written once for every struct: they
// find and reach members through the reference decoder's object_ops, which
// every decode() instantiates anyway, and read them through one function per
// member type. Only the in-order reading is compiled for each struct.
namespace sfmodels::detail::fast {

// Reads a value of the member type it was made for; the member is at `target`.
using member_reader = char const* (*)(char const* p, char const* end, void* target);

template<class M>
char const* read_member(char const* p, char const* end, void* target)
{
    return reader<M>::read(p, end, *static_cast<M*>(target));
}

// How the members of a struct are read when they come in any order.
struct object_reader
{
    object_ops const* ops;
    member_reader const* members;   // by member index
};

// after a member's value: "," and the next key's quote, or the closing brace
SFMODELS_FAST_INLINE char const* next_member(char const* p, char const* end, bool& closed) noexcept
{
    // compact JSON: the comma and the next key's quote, nothing between
    if (SFMODELS_LIKELY(end - p >= 2 && p[0] == ',' && p[1] == '"'))
        return p + 1;
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

/** The rest of an object from the key at p, in any order: each key is looked
    up in the struct's key table and unknown members are skipped. Marks the
    members read in `seen`; returns the position after the closing brace.
*/
inline char const* read_any_order(char const* p, char const* end, void* v, std::uint64_t& seen,
                                  object_reader const& r)
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
        if (int const m = r.ops->find(key); m < 0 || r.ops->size == 0)
            p = skip_value(p, end);
        else if ((p = skip_ws(p, end)) == end)
            return nullptr;
        else {
            auto const i = static_cast<std::size_t>(m);
            seen |= std::uint64_t(1) << i;
            p = r.members[i](p, end, r.ops->member(v, i).target);
        }
        bool closed = false;
        if (!p || !(p = next_member(p, end, closed)) || closed)
            return p;
    }
}

// Resets the optional members in `unseen`; false if one of them is required.
inline bool reset_unseen(object_ops const& ops, void* v, std::uint64_t unseen) noexcept
{
    bool ok = true;
    for (; unseen != 0; unseen &= unseen - 1) {
        slot const s = ops.member(v, static_cast<std::size_t>(std::countr_zero(unseen)));
        ok &= s.ops->reset(s.target);
    }
    return ok;
}

} // namespace sfmodels::detail::fast

#endif
