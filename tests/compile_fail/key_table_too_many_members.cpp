// expect: sfmodels key_table: at most 254 members
//
// Member indices are std::uint8_t: a struct with 255 members is refused.
// BOOST_DESCRIBE_STRUCT stops at 52 members, so the 255 are described by hand,
// all named after distinct strings and pointing at the one data member.
#include <sfmodels/codec/detail/types/key_table.hpp>

#include <boost/describe/modifiers.hpp>
#include <boost/mp11/list.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace demo {

struct Huge
{
    int Value = 0;
};

constexpr std::size_t huge_members = 255;

// "M000" ... "M254", each NUL-terminated
constexpr auto huge_names = [] {
    std::array<std::array<char, 5>, huge_members> a{};
    for (std::size_t i = 0; i < huge_members; ++i)
        a[i] = {'M', static_cast<char>('0' + i / 100), static_cast<char>('0' + i / 10 % 10),
                static_cast<char>('0' + i % 10), '\0'};
    return a;
}();

template<std::size_t I>
struct huge_member
{
    static constexpr int Huge::*pointer = &Huge::Value;
    static constexpr char const* name = huge_names[I].data();
    static constexpr unsigned modifiers = boost::describe::mod_public;
};

template<std::size_t... I>
constexpr boost::mp11::mp_list<huge_member<I>...> huge_list(std::index_sequence<I...>)
{
    return {};
}

constexpr boost::mp11::mp_list<> boost_base_descriptor_fn(Huge**) { return {}; }
constexpr auto boost_public_member_descriptor_fn(Huge**) { return huge_list(std::make_index_sequence<huge_members>{}); }
constexpr boost::mp11::mp_list<> boost_protected_member_descriptor_fn(Huge**) { return {}; }
constexpr boost::mp11::mp_list<> boost_private_member_descriptor_fn(Huge**) { return {}; }

} // namespace demo

int main()
{
    return sfmodels::detail::key_table<demo::Huge>::find("M254");
}
