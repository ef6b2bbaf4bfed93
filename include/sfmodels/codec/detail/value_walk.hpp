#ifndef SFMODELS_CODEC_DETAIL_VALUE_WALK_HPP
#define SFMODELS_CODEC_DETAIL_VALUE_WALK_HPP

#include <sfmodels/codec/detail/key_table.hpp>
#include <sfmodels/codec/detail/scalars.hpp>
#include <sfmodels/codec/detail/variant_wire.hpp>

#include <boost/json/value.hpp>

#include <cmath>
#include <string>
#include <variant>

namespace sfmodels::detail {

// Reads models from a boost::json::value by the same rules as the decoder,
// but on its own code path: it checks the decoder in tests and fuzzing.
template<class T>
error from_value(boost::json::value const& jv, T& out);

template<class T>
error members_from_object(boost::json::object const& obj, T& out)
{
    std::uint64_t seen = 0;
    error e{};
    for (auto const& kv : obj) {
        int const m = key_table<T>::find(kv.key());
        if (m < 0 || e != error{})
            continue;
        boost::mp11::mp_with_index<member_count<T>>(static_cast<std::size_t>(m), [&](auto i) {
            using D = boost::mp11::mp_at_c<members_of<T>, i>;
            auto& member = out.*D::pointer;
            seen |= std::uint64_t(1) << i;
            if (kv.value().is_null()) {
                if constexpr (is_optional<member_type<D>>::value)
                    member.reset();
                else
                    seen &= ~(std::uint64_t(1) << i);
            } else
                e = from_value(kv.value(), member);
        });
    }
    if (e != error{})
        return e;
    std::size_t i = 0;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        if (!(seen >> i++ & 1)) {
            auto& member = out.*decltype(d)::pointer;
            if constexpr (is_optional<member_type<decltype(d)>>::value)
                member.reset();
            else
                e = error::missing_member;
        }
    });
    return e;
}

inline error integer_from_value(boost::json::value const& jv, std::int64_t& i)
{
    if (jv.is_int64()) {
        i = jv.get_int64();
        return {};
    }
    if (jv.is_uint64())
        return error::out_of_range;
    double const d = jv.get_double();
    return std::trunc(d) == d && std::fabs(d) >= 9.2e18 ? error::out_of_range : error::bad_integer;
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
    } else if constexpr (described_struct<T>) {
        auto const* obj = jv.if_object();
        return obj ? members_from_object(*obj, out) : error::wrong_type;
    } else if constexpr (discriminated_variant<T>) {
        auto const* obj = jv.if_object();
        if (!obj)
            return error::wrong_type;
        typename discriminated<T>::wire w;
        std::size_t blame = 0;
        error const e = members_from_object(*obj, w);
        return e != error{} ? e : variant_wire<T>::finish(w, out, blame);
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
    } else {
        if (auto const* s = jv.if_string())
            return scalar_codec<T>::parse(std::string_view(s->data(), s->size()), out);
        if constexpr (std::is_integral_v<T>) {
            if (jv.is_number()) {
                std::int64_t i = 0;
                error const e = integer_from_value(jv, i);
                return e != error{} ? e : scalar_codec<T>::store(i, out);
            }
        }
        return error::wrong_type;
    }
}

} // namespace sfmodels::detail

#endif
