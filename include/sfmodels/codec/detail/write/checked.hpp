#ifndef SFMODELS_CODEC_DETAIL_WRITE_CHECKED_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_CHECKED_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/write/escape.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/write/fast.hpp>
#include <sfmodels/codec/detail/scalar/all.hpp>
#include <sfmodels/codec/json_text.hpp>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace sfmodels::detail {

// ,"Name": for a member descriptor D, built at compile time.
template<class D>
struct member_key
{
    static constexpr std::size_t length = std::string_view(D::name).size();
    static constexpr std::array<char, length + 4> text = [] {
        std::array<char, length + 4> a{};
        a[0] = ',';
        a[1] = '"';
        for (std::size_t i = 0; i < length; ++i)
            a[i + 2] = D::name[i];
        a[length + 2] = '"';
        a[length + 3] = ':';
        return a;
    }();
    // with its leading comma, or without it for the first member written
    static constexpr std::string_view with_comma{text.data(), text.size()};
    static constexpr std::string_view first{text.data() + 1, text.size() - 1};
};

template<class Sink, class T>
error write_value(Sink& out, T const& v);

// The members of v, each with a leading comma unless first; Skip is left out.
template<class Sink, class T>
error write_members(Sink& out, T const& v, bool first, std::size_t skip = no_index)
{
    error e{};
    std::size_t i = 0;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        using D = decltype(d);
        auto const& m = v.*D::pointer;
        if (i++ == skip)
            return;
        if constexpr (is_optional<member_type<D>>::value)
            if (!m)
                return;
        if (e != error{})
            return;
        out.put(first ? member_key<D>::first : member_key<D>::with_comma);
        first = false;
        e = write_value(out, m);
    });
    return e;
}

template<class Sink, class T>
error write_struct(Sink& out, T const& v)
{
    out.put('{');
    error const e = write_members(out, v, true);
    out.put('}');
    return e;
}

// {"<discriminator>":"<kind>",<the alternative's other members>}
template<class Sink, class V>
error write_family(Sink& out, V const& v)
{
    using traits = family_traits<V>;
    out.put('{');
    error e = write_escaped(out, traits::discriminator);
    out.put(':');
    if (e == error{})
        e = write_escaped(out, traits::kind_of(v));
    if (e == error{})
        e = boost::mp11::mp_with_index<traits::size>(v.as_variant().index(), [&](auto I) {
            return write_members(out, *std::get_if<I>(&v.as_variant()), false,
                                 traits::template discriminator_member<I>);
        });
    out.put('}');
    return e;
}

template<class Sink, class T>
error write_value(Sink& out, T const& v)
{
    if constexpr (is_optional<T>::value)
        return write_value(out, *v);
    else if constexpr (is_vector<T>::value) {
        out.put('[');
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i != 0)
                out.put(',');
            if (error e = write_value(out, v[i]); e != error{})
                return e;
        }
        out.put(']');
        return {};
    } else if constexpr (is_string_map<T>::value) {
        out.put('{');
        bool first = true;
        for (auto const& [key, value] : v) {
            if (!std::exchange(first, false))
                out.put(',');
            if (error e = write_escaped(out, key); e != error{})
                return e;
            out.put(':');
            if (error e = write_value(out, value); e != error{})
                return e;
        }
        out.put('}');
        return {};
    } else if constexpr (polymorphic<T>)
        return write_family(out, v);
    else if constexpr (std::is_same_v<T, json_text>) {
        if (!fast::json_text_valid(v.text))
            return error::syntax;
        out.put(std::string_view(v.text));
        return {};
    } else if constexpr (described_struct<T> && !scalar<T>)
        return write_struct(out, v);
    else if constexpr (std::is_same_v<T, std::string>)
        return write_escaped(out, v);
    else if constexpr (std::is_same_v<T, bool>) {
        out.put(v ? std::string_view("true") : std::string_view("false"));
        return {};
    } else if constexpr (requires { v.spelling(); })
        return write_escaped(out, v.spelling());
    else {
        using codec = scalar_codec<T>;
        char local[codec::max_size + 2];
        char* const p = out.room(sizeof local);
        char* q = p ? p : local;
        if constexpr (codec::quoted)
            *q++ = '"';
        q = codec::format(v, q);
        if (!q)
            return error::out_of_range;
        if constexpr (codec::quoted)
            *q++ = '"';
        if (p)
            out.commit(q);
        else
            out.put(std::string_view(local, static_cast<std::size_t>(q - local)));
        return {};
    }
}

} // namespace sfmodels::detail

#endif
