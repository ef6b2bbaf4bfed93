#include <sfmodels/codec/detail/key_table.hpp>

#include <sfmodels/models.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using sfmodels::detail::described_struct;
using sfmodels::detail::key_hash;
using sfmodels::detail::key_table;

template<class T>
std::vector<std::string_view> member_names()
{
    std::vector<std::string_view> out;
    boost::mp11::mp_for_each<sfmodels::detail::members_of<T>>([&](auto d) { out.push_back(d.name); });
    return out;
}

// The names a table must know: members first, then aliases.
template<class T>
std::set<std::string_view> known_names()
{
    auto const names = member_names<T>();
    std::set<std::string_view> out(names.begin(), names.end());
    for (auto const& a : sfmodels::wire_aliases<T>::value)
        out.insert(a.alias);
    return out;
}

// Calls f(T{}, name) for every model in wire_types that is a JSON object.
template<class F>
void for_each_model(F f)
{
    boost::mp11::mp_for_each<sfmodels::wire_types>([&](auto w) {
        using T = typename decltype(w)::type;
        if constexpr (described_struct<T>)
            f(T{}, w.name);
    });
}

TEST(KeyTable, FindsEveryMemberByItsName)
{
    for_each_model([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const names = member_names<T>();
        for (std::size_t i = 0; i < names.size(); ++i) {
            EXPECT_EQ(key_table<T>::find(names[i]), static_cast<int>(i)) << type << '.' << names[i];
            EXPECT_EQ(key_table<T>::name(i), names[i]) << type;
        }
    });
}

TEST(KeyTable, FindsAnAliasAsTheMemberItNames)
{
    for_each_model([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const names = member_names<T>();
        for (auto const& a : sfmodels::wire_aliases<T>::value) {
            auto const member = std::find(names.begin(), names.end(), a.member);
            ASSERT_NE(member, names.end()) << type << ": alias of an unknown member " << a.member;
            EXPECT_EQ(key_table<T>::find(a.alias), member - names.begin()) << type << '.' << a.alias;
        }
    });
    EXPECT_EQ(key_table<sfmodels::Epoch>::find("ConfigurationNumber"), 0);
    EXPECT_EQ(key_table<sfmodels::Epoch>::find("DataLossNumber"), 1);
}

// Strings one edit away from `name`, including some with the same hash.
std::vector<std::string> near_misses(std::string_view name)
{
    std::string const n(name);
    std::vector<std::string> out{
        "", n.substr(1), n.substr(0, n.size() - 1), n + "x", n + std::string(1, '\0'), "x" + n, n + n,
    };
    for (std::size_t i = 0; i < n.size(); ++i) {
        std::string s = n;
        s[i] = static_cast<char>(s[i] ^ 0x20);   // flips the case of a letter
        out.push_back(s);
        s[i] = static_cast<char>(n[i] + 1);
        out.push_back(s);
    }
    return out;
}

// The hash reads only the length and the first, middle and last bytes, so
// changing any other byte keeps it - for every seed.
std::vector<std::string> same_hash(std::string_view name)
{
    std::vector<std::string> out;
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
        if (i == name.size() / 2)
            continue;
        std::string s(name);
        s[i] = s[i] == 'q' ? 'z' : 'q';
        out.push_back(s);
    }
    return out;
}

TEST(KeyTable, RejectsNearMisses)
{
    for_each_model([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const known = known_names<T>();
        for (std::string_view name : known) {
            for (std::string const& s : near_misses(name)) {
                if (known.contains(s))
                    continue;
                EXPECT_EQ(key_table<T>::find(s), key_table<T>::not_found) << type << ": " << s;
            }
        }
    });
}

TEST(KeyTable, RejectsNamesThatCollideInTheHash)
{
    std::size_t collisions = 0;
    for_each_model([&](auto model, std::string_view type) {
        using T = decltype(model);
        auto const known = known_names<T>();
        for (std::string_view name : known) {
            for (std::string const& s : same_hash(name)) {
                for (std::uint32_t seed : {1u, 7u, 12345u})
                    ASSERT_EQ(key_hash(s, seed), key_hash(name, seed)) << "premise: " << s << " and " << name;
                if (!known.contains(s)) {
                    EXPECT_EQ(key_table<T>::find(s), key_table<T>::not_found) << type << ": " << s;
                    ++collisions;
                }
            }
        }
    });
    EXPECT_GT(collisions, 100u);
}

TEST(KeyTable, RejectsNamesOfOtherModels)
{
    std::set<std::string_view> everything;
    for_each_model([&](auto model, std::string_view) {
        auto const names = known_names<decltype(model)>();
        everything.insert(names.begin(), names.end());
    });
    for_each_model([&](auto model, std::string_view type) {
        using T = decltype(model);
        auto const known = known_names<T>();
        for (std::string_view name : everything) {
            if (known.contains(name))
                continue;
            EXPECT_EQ(key_table<T>::find(name), key_table<T>::not_found) << type << ": " << name;
        }
    });
}

TEST(KeyTable, RejectsOddStrings)
{
    using table = key_table<sfmodels::BackupProgressInfo>;
    EXPECT_EQ(table::find(""), table::not_found);
    EXPECT_EQ(table::find(std::string(1000, 'B')), table::not_found);
    EXPECT_EQ(table::find(std::string(13, '\0')), table::not_found);
    EXPECT_EQ(table::find("\xff\xfe\xfd"), table::not_found);
    EXPECT_EQ(table::find("BackupState\xc2\xa0"), table::not_found);
}

TEST(KeyTable, WorksAtCompileTime)
{
    static_assert(key_table<sfmodels::Epoch>::find("DataLossVersion") == 1);
    static_assert(key_table<sfmodels::Epoch>::find("DataLossNumber") == 1);
    static_assert(key_table<sfmodels::Epoch>::find("dataLossVersion") == key_table<sfmodels::Epoch>::not_found);
    static_assert(key_table<sfmodels::FabricError>::name(0) == "Error");
    SUCCEED();
}

} // namespace
