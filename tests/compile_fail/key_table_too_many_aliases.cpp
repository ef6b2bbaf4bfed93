// expect: sfmodels key_table: at most 254 members \(counting wire_aliases\)
//
// Wire aliases take places in the member-name table too: 2 members and 253
// aliases make 255 names, one too many.
#include <sfmodels/codec/detail/types/key_table.hpp>
#include <sfmodels/codec/wire_aliases.hpp>

#include <boost/describe/class.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace demo {

struct Renamed
{
    int First = 0;
    int Second = 0;
};
BOOST_DESCRIBE_STRUCT(Renamed, (), (First, Second))

constexpr std::size_t alias_count = 253;

// "A000" ... "A252"
constexpr auto alias_text = [] {
    std::array<char, 4 * alias_count> t{};
    for (std::size_t i = 0; i < alias_count; ++i) {
        t[4 * i] = 'A';
        t[4 * i + 1] = static_cast<char>('0' + i / 100);
        t[4 * i + 2] = static_cast<char>('0' + i / 10 % 10);
        t[4 * i + 3] = static_cast<char>('0' + i % 10);
    }
    return t;
}();

} // namespace demo

template<>
struct sfmodels::wire_aliases<demo::Renamed>
{
    static constexpr auto value = [] {
        std::array<wire_alias, demo::alias_count> a{};
        for (std::size_t i = 0; i < a.size(); ++i)
            a[i] = {std::string_view(demo::alias_text.data() + 4 * i, 4), "First"};
        return a;
    }();
};

int main()
{
    return sfmodels::detail::key_table<demo::Renamed>::find("A252");
}
