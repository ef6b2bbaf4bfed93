#include <sfmodels/open_enum.hpp>

#include <sfmodels/codec.hpp>
#include "support/seed_types.hpp"

#include <boost/describe/enumerators.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {
namespace open_enum_test {

using namespace std::string_view_literals;
using sfmodels::FabricErrorCodes;
using sfmodels::OperationState;
using sfmodels::open_enum;

using code = open_enum<FabricErrorCodes>;
using state = open_enum<OperationState>;

struct unknown_spelling
{
    std::string what;
    std::string spelling;   // the value kept
    std::string json;       // the same value as a JSON string, canonically escaped
};

std::vector<unknown_spelling> unknown_spellings()
{
    std::string const long_text(200, 'Q');
    return {
        {"undocumented code", "E_UNEXPECTED", R"("E_UNEXPECTED")"},
        {"not a code at all", "NotFound", R"("NotFound")"},
        {"empty", "", R"("")"},
        {"200 chars", long_text, '"' + long_text + '"'},
        {"escapes", "Sp\"ace\\d\n\x01", R"("Sp\"ace\\d\n\u0001")"},
        {"a known spelling with a trailing space", "E_FAIL ", R"("E_FAIL ")"},
        {"a known spelling with a NUL", std::string("E_FAIL\0", 7), R"("E_FAIL\u0000")"},
        {"a known spelling cut short", "E_FAI", R"("E_FAI")"},
        {"non-ASCII", "E_F\xc3\x84IL", "\"E_F\xc3\x84IL\""},
    };
}

bool equals_some_enumerator(code const& c)
{
    bool any = false;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<FabricErrorCodes>>(
        [&](auto d) { any = any || c == d.value; });
    return any;
}

TEST(OpenEnum, KeepsAnUnknownSpellingVerbatim)
{
    for (auto const& u : unknown_spellings()) {
        code const c(u.spelling);
        EXPECT_FALSE(c.is_known()) << u.what;
        EXPECT_FALSE(c.known().has_value()) << u.what;
        EXPECT_EQ(c.spelling(), u.spelling) << u.what;
        EXPECT_FALSE(equals_some_enumerator(c)) << u.what;
    }
}

TEST(OpenEnum, DecodesAndReencodesAnUnknownSpellingUnchanged)
{
    for (auto const& u : unknown_spellings()) {
        std::string const json = R"({"Code":)" + u.json + R"(,"Message":"m"})";
        sfmodels::FabricErrorError e;
        auto const r = sfmodels::decode(json, e);
        ASSERT_FALSE(r) << r.message() << " for " << u.what;
        EXPECT_FALSE(e.Code.is_known()) << u.what;
        EXPECT_EQ(e.Code.spelling(), u.spelling) << u.what;
        EXPECT_EQ(sfmodels::to_json(e), json) << u.what;
    }
}

TEST(OpenEnum, UnknownSpellingsSurviveInsideAList)
{
    std::string const json = R"([{"State":"Paused","Type":"ChaosMonkey"},{"State":"Running"},{"State":"paused"}])";
    sfmodels::OperationStatusList list;
    ASSERT_FALSE(sfmodels::decode(json, list));
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].State->spelling(), "Paused");
    EXPECT_EQ(list[0].Type->spelling(), "ChaosMonkey");
    EXPECT_TRUE(*list[1].State == OperationState::Running);
    EXPECT_FALSE(*list[0].State == *list[2].State) << "unknown spellings compare verbatim";
    EXPECT_EQ(sfmodels::to_json(list), json);
}

struct equality
{
    state a;
    state b;
    bool equal;
};

TEST(OpenEnum, EqualitySemantics)
{
    using S = OperationState;
    equality const table[] = {
        {S::Running, S::Running, true},
        {S::Running, S::Completed, false},
        {state("running"), state("RUNNING"), true},   // both the known Running
        {state("Running"), S::Running, true},
        {state("Paused"), state("Paused"), true},
        {state("Paused"), state("paused"), false},     // unknown: compared verbatim
        {state("Paused"), S::Running, false},
        {state("Invalid"), state(""), false},          // an empty spelling is not the default
        {state(), S::Invalid, true},
        {state(""), state(""), true},
    };
    for (auto const& row : table) {
        EXPECT_EQ(row.a == row.b, row.equal) << row.a.spelling() << " == " << row.b.spelling();
        EXPECT_EQ(row.b == row.a, row.equal) << row.b.spelling() << " == " << row.a.spelling();
        EXPECT_EQ(row.a != row.b, !row.equal) << row.a.spelling() << " != " << row.b.spelling();
    }
}

TEST(OpenEnum, ComparesWithEnumeratorsOnlyWhenKnown)
{
    state const unknown("Completed2");
    for (auto e : {OperationState::Invalid, OperationState::Running, OperationState::Completed}) {
        EXPECT_FALSE(unknown == e);
        EXPECT_FALSE(e == unknown);
        EXPECT_TRUE(unknown != e);
    }
    state const known(OperationState::Faulted);
    EXPECT_TRUE(known == OperationState::Faulted);
    EXPECT_TRUE(OperationState::Faulted == known);
    EXPECT_TRUE(known != OperationState::Cancelled);
}

TEST(OpenEnum, AssignmentSwitchesBetweenKnownAndUnknown)
{
    state s(OperationState::Running);
    s.assign("SomethingNew");
    EXPECT_FALSE(s.is_known());
    EXPECT_EQ(s.spelling(), "SomethingNew");

    s.assign("SomethingNewer");
    EXPECT_EQ(s.spelling(), "SomethingNewer");

    s.assign("cancelled");
    EXPECT_TRUE(s == OperationState::Cancelled);
    EXPECT_EQ(s.spelling(), "Cancelled");

    s.assign("x");
    s = OperationState::Completed;
    EXPECT_TRUE(s.is_known());
    EXPECT_EQ(s.known(), OperationState::Completed);
    EXPECT_EQ(s.spelling(), "Completed");
    EXPECT_TRUE(s == state(OperationState::Completed)) << "no trace of the old spelling";
}

TEST(OpenEnum, CopiesKeepTheUnknownSpelling)
{
    state const original("Hibernating");
    state copy = original;
    EXPECT_TRUE(copy == original);
    EXPECT_EQ(copy.spelling(), "Hibernating");
    state moved = std::move(copy);
    EXPECT_EQ(moved.spelling(), "Hibernating");
    EXPECT_FALSE(moved.is_known());
}

} // namespace open_enum_test
} // namespace
