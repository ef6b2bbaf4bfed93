#ifndef SFMODELS_CODEC_DETAIL_VALUE_BUILD_HPP
#define SFMODELS_CODEC_DETAIL_VALUE_BUILD_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/scalar/all.hpp>
#include <sfmodels/codec/json_text.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <boost/system/system_error.hpp>

#include <string>
#include <type_traits>

namespace sfmodels::detail {

// Builds the boost::json::value that encode() would write for v.
template<class T>
void to_value(boost::json::value& jv, T const& v);

template<class T>
void members_to_object(boost::json::object& obj, T const& v, std::size_t skip = no_index)
{
    std::size_t i = 0;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        auto const& m = v.*decltype(d)::pointer;
        if (i++ == skip)
            return;
        if constexpr (is_optional<member_type<decltype(d)>>::value)
            if (!m)
                return;
        to_value(obj[d.name], m);
    });
}

[[noreturn]] inline void cannot_convert(error e)
{
    throw boost::system::system_error(make_error_code(e), "sfmodels::value_from");
}

template<class T>
void to_value(boost::json::value& jv, T const& v)
{
    if constexpr (is_optional<T>::value)
        to_value(jv, *v);
    else if constexpr (is_vector<T>::value) {
        auto& arr = jv.emplace_array();
        arr.resize(v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            to_value(arr[i], v[i]);
    } else if constexpr (is_string_map<T>::value) {
        auto& obj = jv.emplace_object();
        for (auto const& [key, value] : v)
            to_value(obj[key], value);
    } else if constexpr (polymorphic<T>) {
        using traits = family_traits<T>;
        auto& obj = jv.emplace_object();
        obj[traits::discriminator] = traits::kind_of(v);
        boost::mp11::mp_with_index<traits::size>(v.as_variant().index(), [&](auto I) {
            members_to_object(obj, *std::get_if<I>(&v.as_variant()), traits::template discriminator_member<I>);
        });
    } else if constexpr (std::is_same_v<T, json_text>) {
        boost::system::error_code ec;
        jv = boost::json::parse(v.text, ec);
        if (ec)
            cannot_convert(error::syntax);
    } else if constexpr (described_struct<T> && !scalar<T>)
        members_to_object(jv.emplace_object(), v);
    else if constexpr (std::is_same_v<T, bool>)
        jv = v;
    else if constexpr (std::is_same_v<T, std::string>)
        jv.emplace_string().assign(v.data(), v.size());
    else if constexpr (requires { v.spelling(); })
        jv.emplace_string() = v.spelling();
    else if constexpr (!scalar_codec<T>::quoted && std::is_integral_v<T> && std::is_signed_v<T>)
        jv = static_cast<std::int64_t>(v);
    else if constexpr (!scalar_codec<T>::quoted && std::is_integral_v<T>)
        jv = static_cast<std::uint64_t>(v);
    else {
        char text[scalar_codec<T>::max_size];
        char const* end = scalar_codec<T>::format(v, text);
        if (!end)
            cannot_convert(error::out_of_range);
        if constexpr (scalar_codec<T>::quoted)
            jv.emplace_string().assign(text, static_cast<std::size_t>(end - text));
        else
            jv = v;   // a double that has a text form
    }
}

} // namespace sfmodels::detail

#endif
