#ifndef SFMODELS_CODEC_DETAIL_VALUE_WALK_HPP
#define SFMODELS_CODEC_DETAIL_VALUE_WALK_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/reference/slots.hpp>
#include <sfmodels/codec/detail/types/key_table.hpp>
#include <sfmodels/codec/detail/scalar/all.hpp>
#include <sfmodels/codec/json_text.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <charconv>
#include <string>

namespace sfmodels::detail {

// Reads models from a boost::json::value by the rules decode() follows, on a
// path of its own (but with the same type descriptions).
template<class T>
error from_value(boost::json::value const& jv, T& out);

template<class T>
error members_from_object(boost::json::object const& obj, T& out)
{
    member_set seen;
    error e{};
    for (auto const& kv : obj) {
        int const m = key_table<T>::find(kv.key());
        if (m < 0 || e != error{})
            continue;
        if constexpr (member_count<T> != 0)
        boost::mp11::mp_with_index<member_count<T>>(static_cast<std::size_t>(m), [&](auto i) {
            using D = boost::mp11::mp_at_c<members_of<T>, i>;
            auto& member = out.*D::pointer;
            seen.set(i);
            if (kv.value().is_null()) {
                if constexpr (is_optional<member_type<D>>::value)
                    member.reset();
                else
                    seen.clear(i);
            } else
                e = from_value(kv.value(), member);
        });
    }
    if (e != error{})
        return e;
    std::size_t i = 0;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        if (!seen.test(i++)) {
            auto& member = out.*decltype(d)::pointer;
            if constexpr (is_optional<member_type<decltype(d)>>::value)
                member.reset();
            else if (e == error{})
                e = error::missing_member;
        }
    });
    return e;
}

// A JSON number of a value as the decoder meets it in text.
template<class F>
error with_number(boost::json::value const& jv, F&& f)
{
    char text[32]{};
    char* end = text;
    if (jv.is_int64())
        end = std::to_chars(text, text + sizeof text, jv.get_int64()).ptr;
    else if (jv.is_uint64())
        end = std::to_chars(text, text + sizeof text, jv.get_uint64()).ptr;
    else
        end = std::to_chars(text, text + sizeof text, jv.get_double()).ptr;
    return f(classify_number(std::string_view(text, static_cast<std::size_t>(end - text))));
}

template<class T>
error from_value(boost::json::value const& jv, T& out)
{
    if constexpr (is_optional<T>::value) {
        if (!out)
            out.emplace();
        return from_value(jv, *out);
    } else if constexpr (is_vector<T>::value) {
        auto const* arr = jv.if_array();
        if (!arr)
            return error::wrong_type;
        out.resize(arr->size());
        for (std::size_t i = 0; i < arr->size(); ++i)
            if (error e = from_value((*arr)[i], out[i]); e != error{})
                return e;
        return {};
    } else if constexpr (is_string_map<T>::value) {
        auto const* obj = jv.if_object();
        if (!obj)
            return error::wrong_type;
        out.clear();
        for (auto const& kv : *obj)
            if (error e = from_value(kv.value(), out[std::string(kv.key())]); e != error{})
                return e;
        return {};
    } else if constexpr (polymorphic<T>) {
        using traits = family_traits<T>;
        auto const* obj = jv.if_object();
        if (!obj)
            return error::wrong_type;
        auto const* kind = obj->if_contains(traits::discriminator);
        if (!kind || kind->is_null())
            return error::missing_member;
        if (!kind->is_string())
            return error::wrong_type;
        std::size_t const k = traits::find(std::string_view(kind->get_string()));
        if (k == no_index)
            return error::unknown_kind;
        return boost::mp11::mp_with_index<traits::size>(
            k, [&](auto I) { return members_from_object(*obj, traits::template hold<I>(out)); });
    } else if constexpr (std::is_same_v<T, json_text>) {
        out.text = boost::json::serialize(jv);
        return {};
    } else if constexpr (described_struct<T> && !scalar<T>) {
        auto const* obj = jv.if_object();
        return obj ? members_from_object(*obj, out) : error::wrong_type;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!jv.is_bool())
            return error::wrong_type;
        out = jv.get_bool();
        return {};
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!jv.is_string())
            return error::wrong_type;
        out.assign(jv.get_string().data(), jv.get_string().size());
        return {};
    } else if constexpr (requires { out.spelling(); }) {
        if (!jv.is_string())
            return error::wrong_type;
        out.assign(std::string_view(jv.get_string()));
        return {};
    } else {
        using codec = scalar_codec<T>;
        if (auto const* s = jv.if_string()) {
            if constexpr (codec::from_string)
                return codec::parse(std::string_view(s->data(), s->size()), out);
        } else if (jv.is_number()) {
            if constexpr (codec::from_number)
                return with_number(jv, [&](number_token const& n) { return codec::number(n, out); });
        }
        return error::wrong_type;
    }
}

} // namespace sfmodels::detail

#endif
