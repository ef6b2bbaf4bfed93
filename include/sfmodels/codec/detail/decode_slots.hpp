#ifndef SFMODELS_CODEC_DETAIL_DECODE_SLOTS_HPP
#define SFMODELS_CODEC_DETAIL_DECODE_SLOTS_HPP

#include <sfmodels/codec/detail/scalars.hpp>
#include <sfmodels/codec/detail/variant_wire.hpp>
#include <sfmodels/codec/detail/describe.hpp>
#include <sfmodels/codec/detail/key_table.hpp>
#include <sfmodels/codec/error.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>

namespace sfmodels::detail {

struct number_token
{
    enum kind_type : std::uint8_t { int64, uint64, floating } kind;
    std::int64_t i;
    std::uint64_t u;
    std::string_view text;
};

struct slot_ops;

// A place in the target that the next JSON value is decoded into.
struct slot
{
    void* target;
    slot_ops const* ops;
};

struct object_ops
{
    std::string_view (*name)(std::size_t member) noexcept;
    int (*find)(std::string_view key) noexcept;
    slot (*member)(void* object, std::size_t member) noexcept;
    // Resets optional members not seen; reports the first required one missing.
    error (*finish)(void* object, std::uint64_t seen, std::size_t& missing) noexcept;
};

struct array_ops
{
    slot (*element)(void* array, std::size_t index);
    void (*finish)(void* array, std::size_t size) noexcept;
};

// A value decoded through a temporary wire object (a discriminated variant).
struct adapter_ops
{
    void* (*begin)(void* scratch);                                       // constructs the wire object
    error (*finish)(void* wire, void* target, std::size_t& blame);       // moves it into the target
    void (*destroy)(void* wire) noexcept;
};

struct slot_ops
{
    error (*string)(void* target, std::string_view s);
    std::string* (*string_target)(void* target);    // non-null: parts append here directly
    error (*number)(void* target, number_token const& n);
    error (*boolean)(void* target, bool b);
    bool (*reset)(void* target) noexcept;           // false: the value cannot be absent
    void* (*open)(void* target);                    // engages an optional
    object_ops const* object;
    array_ops const* array;
    adapter_ops const* adapter;
};

template<class T> struct slot_traits;

template<class T>
inline constexpr slot_ops slot_ops_for{
    [](void* t, std::string_view s) { return slot_traits<T>::string(*static_cast<T*>(t), s); },
    [](void* t) { return slot_traits<T>::string_target(*static_cast<T*>(t)); },
    [](void* t, number_token const& n) { return slot_traits<T>::number(*static_cast<T*>(t), n); },
    [](void* t, bool b) { return slot_traits<T>::boolean(*static_cast<T*>(t), b); },
    [](void* t) noexcept { return slot_traits<T>::reset(*static_cast<T*>(t)); },
    [](void* t) { return slot_traits<T>::open(*static_cast<T*>(t)); },
    slot_traits<T>::object,
    slot_traits<T>::array,
    slot_traits<T>::adapter,
};

// Defaults: every JSON type is the wrong type until a trait says otherwise.
struct slot_defaults
{
    static error string(auto&, std::string_view) { return error::wrong_type; }
    static std::string* string_target(auto&) { return nullptr; }
    static error number(auto&, number_token const&) { return error::wrong_type; }
    static error boolean(auto&, bool) { return error::wrong_type; }
    static bool reset(auto&) noexcept { return false; }
    static void* open(auto& v) { return &v; }
    static constexpr object_ops const* object = nullptr;
    static constexpr array_ops const* array = nullptr;
    static constexpr adapter_ops const* adapter = nullptr;
};

template<class T>
    requires(scalar_codec<T>::from_string)
struct slot_traits<T> : slot_defaults
{
    static error string(T& v, std::string_view s) { return scalar_codec<T>::parse(s, v); }
    static error number(T& v, number_token const& n)
    {
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
            return scalar_codec<T>::from_number(n.kind == number_token::int64, n.i, n.text, v);
        else
            return error::wrong_type;
    }
};

template<>
struct slot_traits<std::string> : slot_defaults
{
    static error string(std::string& v, std::string_view s)
    {
        v.assign(s.data(), s.size());
        return {};
    }
    static std::string* string_target(std::string& v) { return &v; }
};

template<>
struct slot_traits<bool> : slot_defaults
{
    static error boolean(bool& v, bool b)
    {
        v = b;
        return {};
    }
};

template<class U>
struct slot_traits<std::optional<U>>
{
    using inner = slot_traits<U>;
    static U& engage(std::optional<U>& o) { return o ? *o : o.emplace(); }

    static error string(std::optional<U>& o, std::string_view s) { return inner::string(engage(o), s); }
    static std::string* string_target(std::optional<U>& o) { return inner::string_target(engage(o)); }
    static error number(std::optional<U>& o, number_token const& n) { return inner::number(engage(o), n); }
    static error boolean(std::optional<U>& o, bool b) { return inner::boolean(engage(o), b); }
    static bool reset(std::optional<U>& o) noexcept
    {
        o.reset();
        return true;
    }
    static void* open(std::optional<U>& o) { return inner::open(engage(o)); }
    static constexpr object_ops const* object = inner::object;
    static constexpr array_ops const* array = inner::array;
    static constexpr adapter_ops const* adapter = inner::adapter;
};

template<class T>
inline constexpr object_ops object_ops_for{
    [](std::size_t m) noexcept { return key_table<T>::name(m); },
    [](std::string_view k) noexcept { return key_table<T>::find(k); },
    [](void* obj, std::size_t m) noexcept {
        return boost::mp11::mp_with_index<member_count<T>>(m, [&](auto i) {
            using D = boost::mp11::mp_at_c<members_of<T>, i>;
            return slot{&(static_cast<T*>(obj)->*D::pointer), &slot_ops_for<member_type<D>>};
        });
    },
    [](void* obj, std::uint64_t seen, std::size_t& missing) noexcept {
        error e{};
        std::size_t i = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            auto& m = static_cast<T*>(obj)->*d.pointer;
            if (!(seen >> i & 1)) {
                if constexpr (is_optional<std::remove_cvref_t<decltype(m)>>::value)
                    m.reset();
                else if (e == error{}) {
                    e = error::missing_member;
                    missing = i;
                }
            }
            ++i;
        });
        return e;
    },
};

template<described_struct T>
struct slot_traits<T> : slot_defaults
{
    static_assert(member_count<T> <= 64, "at most 64 members");
    static constexpr object_ops const* object = &object_ops_for<T>;
};

template<class T>
inline constexpr array_ops array_ops_for{
    [](void* a, std::size_t i) -> slot {
        auto& v = *static_cast<std::vector<T>*>(a);
        if (i == v.size())
            v.emplace_back();
        return {&v[i], &slot_ops_for<T>};
    },
    [](void* a, std::size_t n) noexcept {
        auto& v = *static_cast<std::vector<T>*>(a);
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(n), v.end());
    },
};

template<class T>
struct slot_traits<std::vector<T>> : slot_defaults
{
    static constexpr array_ops const* array = &array_ops_for<T>;
};

template<class V>
inline constexpr adapter_ops adapter_ops_for{
    [](void* scratch) -> void* { return ::new (scratch) typename variant_wire<V>::wire(); },
    [](void* w, void* target, std::size_t& blame) {
        return variant_wire<V>::finish(*static_cast<typename variant_wire<V>::wire*>(w), *static_cast<V*>(target),
                                       blame);
    },
    [](void* w) noexcept { std::destroy_at(static_cast<typename variant_wire<V>::wire*>(w)); },
};

template<discriminated_variant V>
struct slot_traits<V> : slot_defaults
{
    static constexpr object_ops const* object = &object_ops_for<typename discriminated<V>::wire>;
    static constexpr adapter_ops const* adapter = &adapter_ops_for<V>;
};

// The largest wire object a T can need while decoding; adapters do not nest.
template<class T>
constexpr std::size_t wire_scratch_size() noexcept
{
    if constexpr (is_optional<T>::value || is_vector<T>::value)
        return wire_scratch_size<typename T::value_type>();
    else if constexpr (discriminated_variant<T>)
        return sizeof(typename discriminated<T>::wire);
    else if constexpr (described_struct<T>) {
        std::size_t n = 0;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            std::size_t const m = wire_scratch_size<member_type<decltype(d)>>();
            n = m > n ? m : n;
        });
        return n;
    } else
        return 0;
}

} // namespace sfmodels::detail

#endif
