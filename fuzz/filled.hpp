#ifndef SFMODELS_FUZZ_FILLED_HPP
#define SFMODELS_FUZZ_FILLED_HPP

// A model with every member set: the "used object" a decode must fully overwrite.

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>
#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/timestamp.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <string>
#include <type_traits>
#include <variant>

namespace sfmodels::fuzz {

// Sets every member, engages every optional and gives every list three
// elements; enums alternate between a known and an unknown spelling, and
// variants between their alternatives.
template<class T>
void fill(T& v, unsigned& n, unsigned depth = 0)
{
    // recursive types end where the lists stop
    if constexpr (detail::is_optional<T>::value)
        fill(v.emplace(), n, depth);
    else if constexpr (detail::is_vector<T>::value) {
        v.resize(depth < 3 ? 3 : 0);
        for (auto& e : v)
            fill(e, n, depth + 1);
    } else if constexpr (detail::is_string_map<T>::value) {
        v.clear();
        if (depth < 3)
            for (int i = 0; i < 3; ++i)
                fill(v["key " + std::to_string(n++)], n, depth + 1);
    } else if constexpr (detail::polymorphic<T>) {
        using traits = detail::family_traits<T>;
        boost::mp11::mp_with_index<traits::size>(n++ % traits::size, [&](auto k) { v.template emplace<k>(); });
        std::visit([&](auto& alternative) { fill(alternative, n, depth); }, v.as_variant());
    } else if constexpr (std::is_same_v<T, json_text>)
        v.text = "{\"filler\":[" + std::to_string(n++) + ",true,null,\"x\"]}";
    else if constexpr (detail::described_struct<T>)
        boost::mp11::mp_for_each<detail::members_of<T>>([&](auto d) { fill(v.*d.pointer, n, depth); });
    else if constexpr (std::is_same_v<T, std::string>)
        v = "filler value number " + std::to_string(n++) + " long enough to live on the heap";
    else if constexpr (std::is_same_v<T, bool>)
        v = n++ % 2 == 0;
    else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>)
        v = static_cast<T>(1000 + n++);
    else if constexpr (requires { v.value; })
        fill(v.value, n, depth);
    else if constexpr (std::is_same_v<T, boost::uuids::uuid>) {
        for (auto& b : v.data)
            b = static_cast<std::uint8_t>(n);
        ++n;
    } else if constexpr (std::is_same_v<T, timestamp>)
        v = timestamp(ticks(std::int64_t(n++) * 86'400'000'000'123));
    else if constexpr (std::is_same_v<T, ticks>)
        v = ticks(std::int64_t(n++) * 36'000'000'001);
    else if constexpr (requires { typename T::table; }) {
        if (n++ % 2 == 0)
            v = T::table::at(T::table::size() - 1);
        else
            v.assign("AnUnknownSpellingFromTheFuture");
    }
}

template<class T>
T filled()
{
    T v{};
    unsigned n = 0;
    fill(v, n);
    // A kind of a family whose discriminator member fill() set to some other
    // spelling is written with its own kind: take the value as it reads back.
    T normal{};
    std::string text;
    if (!encode(v, text) && decode(text, normal).ok())
        return normal;
    return v;
}

} // namespace sfmodels::fuzz

#endif
