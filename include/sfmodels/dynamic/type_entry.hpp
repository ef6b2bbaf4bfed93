#ifndef SFMODELS_DYNAMIC_TYPE_ENTRY_HPP
#define SFMODELS_DYNAMIC_TYPE_ENTRY_HPP

// A model chosen at run time by its definition name: what a tool that takes
// the type from its user (the CLI's `decode TYPE`, a fuzzer, a test over
// every definition) calls instead of naming the C++ type. Each entry holds
// the codec compiled for one type, so a table of entries is compiled once,
// in a translation unit of its own (see cmake/type_table.cpp.in).

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace sfmodels::dynamic {

/// One model, its value behind void*: each function takes values that its
/// own create() made.
struct type_entry
{
    std::string_view name;   ///< the definition's name in the specification
    std::string_view area;   ///< the area whose header declares it

    void* (*create)();
    void (*destroy)(void* value) noexcept;
    /// decode(): the fast reader, falling back to the basic_parser decoder.
    decode_result (*decode)(std::string_view json, void* value, decode_options const& options);
    /// The basic_parser decoder alone.
    decode_result (*decode_reference)(std::string_view json, void* value, decode_options const& options);
    /// A decoder fed json in two pieces, split at `split`.
    decode_result (*decode_pieces)(std::string_view json, std::size_t split, void* value,
                                   decode_options const& options);
    boost::system::error_code (*encode)(void const* value, std::string& out);
    bool (*equal)(void const* a, void const* b);
    /// The C++ type's identity: equal to type_key_of<T>() for this entry's T, unique per type.
    void const* type_key;
};

// one object per type, whose address identifies it
template<class T> inline constexpr char type_key_object = 0;

/// An address unique to T (the same in every translation unit), to compare types behind void*.
template<class T>
constexpr void const* type_key_of() noexcept
{
    return &type_key_object<T>;
}

/// The entry of T under `name`.
template<class T>
constexpr type_entry make_entry(std::string_view name, std::string_view area) noexcept
{
    return {
        name,
        area,
        []() -> void* { return new T(); },
        [](void* v) noexcept { delete static_cast<T*>(v); },
        [](std::string_view json, void* v, decode_options const& o) { return sfmodels::decode(json, *static_cast<T*>(v), o); },
        [](std::string_view json, void* v, decode_options const& o) {
            return detail::decode_reference(json, *static_cast<T*>(v), o);
        },
        [](std::string_view json, std::size_t split, void* v, decode_options const& o) {
            decoder<T> d(*static_cast<T*>(v), o);
            if (split > json.size())
                split = json.size();
            if (d.write(json.substr(0, split)))
                return d.result();
            return d.finish(json.substr(split));
        },
        [](void const* v, std::string& out) { return sfmodels::encode(*static_cast<T const*>(v), out); },
        [](void const* a, void const* b) { return *static_cast<T const*>(a) == *static_cast<T const*>(b); },
        type_key_of<T>(),
    };
}

/// The entries of a list of wire_type<T, Name>, such as an area header's list.
template<class List>
constexpr auto entries_of(std::string_view area) noexcept
{
    std::array<type_entry, boost::mp11::mp_size<List>::value> out{};
    std::size_t i = 0;
    boost::mp11::mp_for_each<List>([&](auto w) {
        out[i++] = make_entry<typename decltype(w)::type>(w.name, area);
    });
    return out;
}

} // namespace sfmodels::dynamic

#endif
