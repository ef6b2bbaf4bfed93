#ifndef SFMODELS_CODEC_DETAIL_REFERENCE_SLOTS_HPP
#define SFMODELS_CODEC_DETAIL_REFERENCE_SLOTS_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/types/key_table.hpp>
#include <sfmodels/codec/detail/scalar/all.hpp>
#include <sfmodels/codec/error.hpp>
#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <new>
#include <string>
#include <string_view>

namespace sfmodels::detail {

/// What a decode may still allocate for new elements (see decode_options).
struct memory_budget
{
    std::size_t left = std::size_t(-1);

    bool charge(std::size_t bytes) noexcept
    {
        if (bytes > left)
            return false;
        left -= bytes;
        return true;
    }
};

// A vector about to grow by one element: charge what its reallocation takes.
template<class V>
bool charge_growth(V const& v, memory_budget& budget) noexcept
{
    if (v.size() < v.capacity())
        return true;
    std::size_t const grown = v.capacity() == 0 ? 1 : 2 * v.capacity();
    return budget.charge(grown * sizeof(typename V::value_type));
}

// Drops the elements of v from index n on. Not erase(): that instantiates the
// elements' move assignment (a whole variant visit for a family), which
// removing a tail never runs.
template<class V>
void drop_tail(V& v, std::size_t n) noexcept
{
    while (v.size() > n)
        v.pop_back();
}

// Which members of an object were seen, for up to 256 members (the most a
// member-name table holds).
struct member_set
{
    std::array<std::uint64_t, 4> words{};

    void set(std::size_t i) noexcept { words[i >> 6] |= std::uint64_t(1) << (i & 63); }
    void clear(std::size_t i) noexcept { words[i >> 6] &= ~(std::uint64_t(1) << (i & 63)); }
    bool test(std::size_t i) const noexcept { return words[i >> 6] >> (i & 63) & 1; }
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
    std::size_t size;          // members
    key_lookup const* keys;    // member names (and the index of each key, for any struct)
    // key_table<T>::find: the index of a key, with T's table folded in
    int (*find)(std::string_view key) noexcept;
    slot (*member)(void* object, std::size_t member) noexcept;
};

struct array_ops
{
    // nullptr target: the budget does not allow another element
    slot (*element)(void* array, std::size_t index, memory_budget& budget);
    void (*finish)(void* array, std::size_t size) noexcept;
};

// A JSON object whose keys are data (a string-keyed map). While it is read,
// the entries it had wait in `pool` and are moved back as their keys come,
// so that reading the same keys again allocates nothing.
struct map_ops
{
    static constexpr std::size_t pool_size = 64;
    void (*begin)(void* map, void* pool) noexcept;
    slot (*entry)(void* map, void* pool, std::string_view key, memory_budget& budget);
    void (*end)(void* pool) noexcept;   // drops the entries not read again
};

// A discriminated family: the frame waits for the discriminator, then
// becomes the object frame of the alternative it names.
struct family_ops
{
    std::string_view discriminator;
    // Makes the value hold the alternative `kind` names; its slot, and the
    // index of the discriminator among its members (or no_index).
    error (*choose)(void* value, std::string_view kind, slot& alternative, std::size_t& discriminator_member);
};

// What a value can be decoded from. Operations a type does not override are
// the shared ones of slot_defaults, which take any target: a described struct
// adds no function of its own here, an optional two.
struct slot_ops
{
    error (*string)(void* target, std::string_view s);
    std::string* (*string_target)(void* target);    // non-null: parts append here directly
    error (*number)(void* target, number_token const& n);
    error (*boolean)(void* target, bool b);
    bool (*reset)(void* target) noexcept;           // false: the value cannot be absent
    object_ops const* object;
    array_ops const* array;
    map_ops const* map;
    family_ops const* family;
    // The first operation on every value but null: engages an optional,
    // making `target` the value it holds (which every operation but reset
    // takes); non-null if that value is any JSON value, kept as text.
    std::string* (*json)(void*& target);
};

// The slot a value is decoded into: an optional engaged, as every operation
// but reset needs it.
inline slot resolve(slot s)
{
    s.ops->json(s.target);
    return s;
}

// Defaults: every JSON type is the wrong type until a trait says otherwise.
struct slot_defaults
{
    static error string(void*, std::string_view) { return error::wrong_type; }
    static std::string* string_target(void*) { return nullptr; }
    static error number(void*, number_token const&) { return error::wrong_type; }
    static error boolean(void*, bool) { return error::wrong_type; }
    static bool reset(void*) noexcept { return false; }
    static std::string* json(void*&) { return nullptr; }
    static constexpr object_ops const* object = nullptr;
    static constexpr array_ops const* array = nullptr;
    static constexpr map_ops const* map = nullptr;
    static constexpr family_ops const* family = nullptr;
};

template<class T> struct slot_traits;

template<class T>
inline constexpr slot_ops slot_ops_for{
    &slot_traits<T>::string,
    &slot_traits<T>::string_target,
    &slot_traits<T>::number,
    &slot_traits<T>::boolean,
    &slot_traits<T>::reset,
    slot_traits<T>::object,
    slot_traits<T>::array,
    slot_traits<T>::map,
    slot_traits<T>::family,
    &slot_traits<T>::json,
};

template<scalar T>
struct slot_traits<T> : slot_defaults
{
    static error string(void* v, std::string_view s)
    {
        if constexpr (scalar_codec<T>::from_string)
            return scalar_codec<T>::parse(s, *static_cast<T*>(v));
        else
            return error::wrong_type;
    }
    static error number(void* v, number_token const& n)
    {
        if constexpr (scalar_codec<T>::from_number)
            return scalar_codec<T>::number(n, *static_cast<T*>(v));
        else
            return error::wrong_type;
    }
};

template<class E>
struct slot_traits<open_enum<E>> : slot_defaults
{
    // not inlined into the fast reader, which calls it for spellings it does not know
    [[gnu::noinline]] static error string(void* v, std::string_view s)
    {
        static_cast<open_enum<E>*>(v)->assign(s);
        return {};
    }
};

template<>
struct slot_traits<std::string> : slot_defaults
{
    static error string(void* v, std::string_view s)
    {
        static_cast<std::string*>(v)->assign(s.data(), s.size());
        return {};
    }
    static std::string* string_target(void* v) { return static_cast<std::string*>(v); }
};

template<>
struct slot_traits<bool> : slot_defaults
{
    static error boolean(void* v, bool b)
    {
        *static_cast<bool*>(v) = b;
        return {};
    }
};

template<>
struct slot_traits<json_text> : slot_defaults
{
    static std::string* json(void*& v) { return &static_cast<json_text*>(v)->text; }
};

// The operations of U, on the value an optional holds once engaged.
template<class U>
struct slot_traits<std::optional<U>> : slot_traits<U>
{
    static std::string* json(void*& t)
    {
        auto& o = *static_cast<std::optional<U>*>(t);
        t = o ? &*o : &o.emplace();
        return slot_traits<U>::json(t);
    }
    static bool reset(void* t) noexcept
    {
        static_cast<std::optional<U>*>(t)->reset();
        return true;
    }
};

// Resets optional members not seen; reports the first required one missing.
// Out of line: on_object_end calls it only when a member was not seen.
[[gnu::noinline]] inline error reset_unseen_members(object_ops const& ops, void* object, member_set const& seen,
                                                    std::size_t& missing) noexcept
{
    error e{};
    for (std::size_t w = 0; 64 * w < ops.size; ++w) {
        std::uint64_t unseen = ~seen.words[w];
        if (std::size_t const left = ops.size - 64 * w; left < 64)
            unseen &= (std::uint64_t(1) << left) - 1;
        for (; unseen != 0; unseen &= unseen - 1) {
            std::size_t const i = 64 * w + static_cast<std::size_t>(std::countr_zero(unseen));
            slot const s = ops.member(object, i);
            if (!s.ops->reset(s.target) && e == error{}) {
                e = error::missing_member;
                missing = i;
            }
        }
    }
    return e;
}

inline error finish_object(object_ops const& ops, void* object, member_set const& seen, std::size_t& missing) noexcept
{
    if (ops.size <= 64 && seen.words[0] == (ops.size == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << ops.size) - 1))
        return error{};
    return reset_unseen_members(ops, object, seen, missing);
}

template<class T>
inline constexpr object_ops object_ops_for{
    member_count<T>,
    &key_table<T>::lookup,
    &key_table<T>::find,
    [](void* obj, std::size_t m) noexcept {
        if constexpr (member_count<T> == 0)
            return (void)obj, (void)m, slot{nullptr, nullptr};   // find() finds nothing
        else
        return boost::mp11::mp_with_index<member_count<T>>(m, [&](auto i) {
            using D = boost::mp11::mp_at_c<members_of<T>, i>;
            return slot{&(static_cast<T*>(obj)->*D::pointer), &slot_ops_for<member_type<D>>};
        });
    },
};

template<described_struct T>
    requires(!scalar<T>)
struct slot_traits<T> : slot_defaults
{
    static constexpr object_ops const* object = &object_ops_for<T>;
};

template<class T>
inline constexpr array_ops array_ops_for{
    [](void* a, std::size_t i, memory_budget& budget) -> slot {
        auto& v = *static_cast<std::vector<T>*>(a);
        if (i == v.size()) {
            if (!charge_growth(v, budget))
                return {nullptr, nullptr};
            v.emplace_back();
        }
        return {&v[i], &slot_ops_for<T>};
    },
    [](void* a, std::size_t n) noexcept {
        auto& v = *static_cast<std::vector<T>*>(a);
        drop_tail(v, n);
    },
};

template<class T>
struct slot_traits<std::vector<T>> : slot_defaults
{
    static constexpr array_ops const* array = &array_ops_for<T>;
};

// A std::map node: the budget charged for each new entry.
inline constexpr std::size_t map_node_overhead = 48;

template<class M>
inline constexpr map_ops map_ops_for{
    [](void* m, void* pool) noexcept { ::new (pool) M(std::move(*static_cast<M*>(m))); static_cast<M*>(m)->clear(); },
    [](void* m, void* pool, std::string_view key, memory_budget& budget) -> slot {
        auto& map = *static_cast<M*>(m);
        auto& old = *static_cast<M*>(pool);
        auto it = map.find(key);
        if (it == map.end()) {
            if (auto o = old.find(key); o != old.end())
                it = map.insert(old.extract(o)).position;
            else if (!budget.charge(sizeof(typename M::value_type) + map_node_overhead + key.size()))
                return {nullptr, nullptr};
            else
                it = map.try_emplace(std::string(key)).first;
        }
        return {&it->second, &slot_ops_for<typename M::mapped_type>};
    },
    [](void* pool) noexcept { std::destroy_at(static_cast<M*>(pool)); },
};

template<class T>
struct slot_traits<std::map<std::string, T, std::less<>>> : slot_defaults
{
    using map_type = std::map<std::string, T, std::less<>>;
    static_assert(sizeof(map_type) <= map_ops::pool_size && alignof(map_type) <= alignof(std::max_align_t));
    static constexpr map_ops const* map = &map_ops_for<map_type>;
};

template<class V>
inline constexpr family_ops family_ops_for{
    family_traits<V>::discriminator,
    [](void* value, std::string_view kind, slot& alternative, std::size_t& discriminator_member) -> error {
        using traits = family_traits<V>;
        std::size_t const k = traits::find(kind);
        if (k == no_index)
            return error::unknown_kind;
        boost::mp11::mp_with_index<traits::size>(k, [&](auto I) {
            using A = typename traits::template alternative<I>;
            alternative = {&traits::template hold<I>(*static_cast<V*>(value)), &slot_ops_for<A>};
            discriminator_member = traits::template discriminator_member<I>;
        });
        return {};
    },
};

template<polymorphic V>
struct slot_traits<V> : slot_defaults
{
    static constexpr family_ops const* family = &family_ops_for<V>;
};

} // namespace sfmodels::detail

#endif
