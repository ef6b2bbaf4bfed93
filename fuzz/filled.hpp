#ifndef SFMODELS_FUZZ_FILLED_HPP
#define SFMODELS_FUZZ_FILLED_HPP

// A model with every member set: the "used object" a decode must fully overwrite.

#include <sfmodels/codec/detail/describe.hpp>
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
void fill(T& v, unsigned& n)
{
    if constexpr (detail::is_optional<T>::value)
        fill(v.emplace(), n);
    else if constexpr (detail::is_vector<T>::value) {
        v.resize(3);
        for (auto& e : v)
            fill(e, n);
    } else if constexpr (detail::described_struct<T>)
        boost::mp11::mp_for_each<detail::members_of<T>>([&](auto d) { fill(v.*d.pointer, n); });
    else if constexpr (std::is_same_v<T, std::string>)
        v = "filler value number " + std::to_string(n++) + " long enough to live on the heap";
    else if constexpr (std::is_same_v<T, bool>)
        v = n++ % 2 == 0;
    else if constexpr (std::is_integral_v<T>)
        v = static_cast<T>(1000 + n++);
    else if constexpr (std::is_same_v<T, boost::uuids::uuid>) {
        for (auto& b : v.data)
            b = static_cast<std::uint8_t>(n);
        ++n;
    } else if constexpr (std::is_same_v<T, timestamp>)
        v = timestamp(ticks(std::int64_t(n++) * 86'400'000'000'123));
    else if constexpr (requires { typename T::table; }) {
        if (n++ % 2 == 0)
            v = T::table::at(T::table::size() - 1);
        else
            v.assign("AnUnknownSpellingFromTheFuture");
    } else if constexpr (discriminated_variant<T>) {
        boost::mp11::mp_with_index<std::variant_size_v<T>>(n++ % std::variant_size_v<T>,
                                                            [&](auto k) { v.template emplace<k>(); });
        std::visit([&](auto& alternative) { fill(alternative, n); }, v);
    }
}

template<class T>
T filled()
{
    T v{};
    unsigned n = 0;
    fill(v, n);
    return v;
}

} // namespace sfmodels::fuzz

#endif
