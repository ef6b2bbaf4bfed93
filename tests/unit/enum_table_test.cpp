#include <sfmodels/detail/enum_table.hpp>

#include "support/seed_types.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {
namespace enum_table_test {

using sfmodels::detail::enum_table;
using sfmodels::detail::iequals;

template<class E>
std::vector<std::pair<E, std::string_view>> enumerators()
{
    std::vector<std::pair<E, std::string_view>> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto d) { out.emplace_back(d.value, d.name); });
    return out;
}

template<class E>
bool is_some_spelling(std::string_view s)
{
    for (auto const& [e, name] : enumerators<E>())
        if (iequals(name, s))
            return true;
    return false;
}

// Strings one edit away from a spelling. Bytes that differ from the original
// by 0x20 without being a case pair ('_' and DEL, '@' and '`', '0' and NUL)
// catch a lookup that folds case by OR-ing 0x20 into every byte.
std::vector<std::string> near_misses(std::string_view name)
{
    std::string const n(name);
    std::vector<std::string> out{
        "", n.substr(1), n.substr(0, n.size() - 1), n + "S", n + " ", " " + n, n + std::string(1, '\0'),
    };
    for (std::size_t i = 0; i < n.size(); ++i) {
        std::string s = n;
        s[i] = static_cast<char>(n[i] ^ 0x20);
        bool const letter = (n[i] | 0x20) >= 'a' && (n[i] | 0x20) <= 'z';
        if (!letter)
            out.push_back(s);
        s[i] = static_cast<char>(n[i] == 'Z' || n[i] == 'z' ? 'A' : n[i] + 1);
        out.push_back(s);
        s[i] = '\xc3';
        out.push_back(s);
    }
    return out;
}

template<class E>
class EnumTable : public testing::Test {};

using all_enums = testing::Types<sfmodels::OperationState, sfmodels::OperationType, sfmodels::BackupState,
                                 sfmodels::RestoreState, sfmodels::DataLossMode, sfmodels::QuorumLossMode,
                                 sfmodels::RestartPartitionMode, sfmodels::NodeTransitionType,
                                 sfmodels::FabricErrorCodes>;
TYPED_TEST_SUITE(EnumTable, all_enums);

TYPED_TEST(EnumTable, NamesEveryEnumeratorInDeclarationOrder)
{
    using table = enum_table<TypeParam>;
    auto const all = enumerators<TypeParam>();
    ASSERT_EQ(table::size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(table::at(i), all[i].first);
        EXPECT_EQ(table::name(all[i].first), all[i].second);
    }
}

TYPED_TEST(EnumTable, FindsEverySpellingInAnyCase)
{
    using table = enum_table<TypeParam>;
    for (auto const& [e, name] : enumerators<TypeParam>()) {
        std::string lower(name), upper(name);
        for (char& c : lower)
            c = sfmodels::detail::ascii_lower(c);
        for (char& c : upper)
            c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        for (std::string_view s : {name, std::string_view(lower), std::string_view(upper)}) {
            auto const found = table::find(s);
            ASSERT_TRUE(found.has_value()) << s;
            EXPECT_EQ(*found, e) << s;
        }
    }
}

TYPED_TEST(EnumTable, RejectsNearMisses)
{
    using table = enum_table<TypeParam>;
    std::size_t checked = 0;
    for (auto const& [e, name] : enumerators<TypeParam>()) {
        for (std::string const& s : near_misses(name)) {
            if (is_some_spelling<TypeParam>(s))
                continue;
            EXPECT_EQ(table::find(s), std::nullopt) << '"' << s << "\" near " << name;
            ++checked;
        }
    }
    EXPECT_GT(checked, 10u);
}

TYPED_TEST(EnumTable, RejectsOddStrings)
{
    using table = enum_table<TypeParam>;
    EXPECT_EQ(table::find(""), std::nullopt);
    EXPECT_EQ(table::find(std::string(1000, 'A')), std::nullopt);
    EXPECT_EQ(table::find(std::string(5, '\0')), std::nullopt);
    EXPECT_EQ(table::find("\xff\xff\xff\xff\xff\xff\xff"), std::nullopt);
}

TYPED_TEST(EnumTable, NameOfAValueOutsideTheEnumIsEmpty)
{
    using table = enum_table<TypeParam>;
    EXPECT_EQ(table::name(static_cast<TypeParam>(table::size())), "");
    EXPECT_EQ(table::name(static_cast<TypeParam>(255)), "");
}

TEST(EnumTable, SpellingsOfOtherEnumsAreNotFound)
{
    using sfmodels::BackupState;
    using sfmodels::OperationState;
    EXPECT_EQ(enum_table<BackupState>::find("RestoreInProgress"), std::nullopt);
    EXPECT_EQ(enum_table<OperationState>::find("Success"), std::nullopt);
    EXPECT_EQ(enum_table<sfmodels::FabricErrorCodes>::find("Invalid"), std::nullopt);
    EXPECT_EQ(enum_table<BackupState>::find("success"), BackupState::Success);
    EXPECT_EQ(enum_table<sfmodels::RestoreState>::find("SUCCESS"), sfmodels::RestoreState::Success);
}

TEST(EnumTable, WorksAtCompileTime)
{
    using table = enum_table<sfmodels::OperationState>;
    static_assert(table::find("forcecancelled") == sfmodels::OperationState::ForceCancelled);
    static_assert(!table::find("ForceCancelle"));
    static_assert(table::name(sfmodels::OperationState::RollingBack) == "RollingBack");
    static_assert(enum_table<sfmodels::FabricErrorCodes>::find("e_invalidarg") ==
                  sfmodels::FabricErrorCodes::E_INVALIDARG);
    SUCCEED();
}

TEST(Ascii, IequalsFoldsOnlyAsciiLetters)
{
    EXPECT_TRUE(iequals("Running", "rUNNING"));
    EXPECT_TRUE(iequals("", ""));
    EXPECT_TRUE(iequals("E_FAIL", "e_fail"));
    EXPECT_FALSE(iequals("E_FAIL", "E\x7f" "FAIL"));
    EXPECT_FALSE(iequals("@", "`"));
    EXPECT_FALSE(iequals("[", "{"));
    EXPECT_FALSE(iequals("\xc3\x84", "\xc3\xa4"));   // no folding beyond ASCII
    EXPECT_FALSE(iequals("Run", "Running"));
    for (int c = 0; c < 256; ++c) {
        char const ch = static_cast<char>(c);
        char const expected = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : ch;
        EXPECT_EQ(sfmodels::detail::ascii_lower(ch), expected) << c;
    }
}

} // namespace enum_table_test
} // namespace
