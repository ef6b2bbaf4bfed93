#ifndef SFMODELS_CODEC_DETAIL_VALUE_BUILD_HPP
#define SFMODELS_CODEC_DETAIL_VALUE_BUILD_HPP

#include <sfmodels/codec/detail/describe.hpp>
#include <sfmodels/codec/detail/scalars.hpp>
#include <sfmodels/codec/discriminated.hpp>

#include <boost/json/value.hpp>
#include <boost/system/system_error.hpp>

#include <string>
#include <variant>

namespace sfmodels::detail {

// Builds the boost::json::value that encode() would write for v.
template<class T>
void to_value(boost::json::value& jv, T const& v);

template<class T>
void members_to_object(boost::json::object& obj, T const& v)
{
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        auto const& m = v.*decltype(d)::pointer;
        if constexpr (is_optional<member_type<decltype(d)>>::value)
            if (!m)
                return;
        to_value(obj[d.name], m);
    });
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
    } else if constexpr (described_struct<T>)
        members_to_object(jv.emplace_object(), v);
    else if constexpr (discriminated_variant<T>) {
        auto& obj = jv.emplace_object();
        obj[discriminated<T>::member] = discriminated<T>::kinds[v.index()];
        std::visit([&](auto const& a) { members_to_object(obj, a); }, v);
    } else if constexpr (std::is_same_v<T, bool>)
        jv = v;
    else if constexpr (std::is_same_v<T, std::string>)
        jv.emplace_string().assign(v.data(), v.size());
    else if constexpr (requires { v.spelling(); })
        jv.emplace_string() = v.spelling();
    else if constexpr (std::is_same_v<T, std::int32_t>)
        jv = static_cast<std::int64_t>(v);
    else {
        char text[scalar_codec<T>::max_size];
        char const* end = scalar_codec<T>::format(v, text);
        if (!end)
            throw boost::system::system_error(make_error_code(error::out_of_range), "sfmodels::value_from");
        jv.emplace_string().assign(text, static_cast<std::size_t>(end - text));
    }
}

} // namespace sfmodels::detail

#endif
