#include <sfmodels/codec/detail/read/decode.hpp>

#include <sfmodels/codec/decode.hpp>
#include "support/seed_types.hpp"

#include <support/fixtures.hpp>
#include <support/same_value.hpp>

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

// The whole-buffer fast path must be sound: whatever it accepts, the
// basic_parser reference accepts with the same value, and whatever the
// reference rejects, it rejects. decode() must give exactly the reference's
// result (value, or code, offset and path) whichever path it took.

namespace {
namespace fast_path_test {

using namespace std::string_literals;
namespace fast = sfmodels::detail::fast;
using sfmodels::test::fixture;
using sfmodels::test::same_value;
using sfmodels::test::with_model;

template<class T>
testing::AssertionResult agree(std::string_view json, T const& start = T{})
{
    T reference = start;
    auto const expected = sfmodels::detail::decode_reference(json, reference);

    if constexpr (fast::supported<T>) {
        T quick = start;
        bool const accepted = fast::decode(json, quick);
        if (accepted && expected)
            return testing::AssertionFailure() << "the fast path accepts what the reference rejects ("
                                               << expected.message() << "): " << json;
        if (accepted && !(quick == reference))
            return testing::AssertionFailure() << "values differ for " << json << "\n  fast:      "
                                               << sfmodels::test::show(quick)
                                               << "\n  reference: " << sfmodels::test::show(reference);
    }

    T through_decode = start;
    auto const got = sfmodels::decode(json, through_decode);
    if (got.code != expected.code || got.offset != expected.offset || got.path.view() != expected.path.view())
        return testing::AssertionFailure() << "decode() gives " << got.message() << ", the reference "
                                           << expected.message() << " for " << json;
    if (!expected && !(through_decode == reference))
        return testing::AssertionFailure() << "decode() value differs for " << json;
    return testing::AssertionSuccess();
}

// Every model type agrees on the text, decoded fresh and into a model holding another fixture.
testing::AssertionResult agree_for(std::string_view type, std::string_view json, std::string_view previous = {})
{
    testing::AssertionResult result = testing::AssertionSuccess();
    with_model(type, [&](auto& model) {
        using T = std::remove_cvref_t<decltype(model)>;
        result = agree<T>(json);
        if (result && !previous.empty()) {
            T start{};
            if (!sfmodels::decode(previous, start))
                result = agree<T>(json, start);
        }
    });
    return result;
}

class FastPathFixture : public testing::TestWithParam<fixture> {};

TEST_P(FastPathFixture, AgreesWithTheReference)
{
    fixture const& f = GetParam();
    EXPECT_TRUE(agree_for(f.type, f.input));
    EXPECT_TRUE(agree_for(f.type, f.expected));
    for (auto const& other : sfmodels::test::fixtures_of(f.type))
        EXPECT_TRUE(agree_for(f.type, f.input, other.input)) << "over " << other.name;
}

TEST_P(FastPathFixture, AcceptsTheCanonicalText)
{
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& model) {
        if constexpr (fast::supported<std::remove_cvref_t<decltype(model)>>)
            EXPECT_TRUE(fast::decode(f.expected, model)) << f.expected;
        else
            GTEST_SKIP() << f.type << " has no fast path";
    });
}

TEST_P(FastPathFixture, AgreesOnEveryTruncation)
{
    fixture const& f = GetParam();
    for (std::size_t n = 0; n < f.input.size(); ++n)
        ASSERT_TRUE(agree_for(f.type, std::string_view(f.input).substr(0, n))) << "first " << n << " bytes";
}

TEST_P(FastPathFixture, AgreesOnEverySingleByteChange)
{
    fixture const& f = GetParam();
    static constexpr char replacements[] = {'"', '\\', '{', '}', '[', ']', ',', ':', ' ', '0', '-', 'e', 'n',
                                            'x', '\x01', '\x7f', '\x80', '\xc3', '\xff'};
    std::string text = f.input;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const was = text[i];
        for (char c : replacements) {
            if (c == was)
                continue;
            text[i] = c;
            ASSERT_TRUE(agree_for(f.type, text)) << "byte " << i << " set to " << int(c);
        }
        text[i] = was;
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FastPathFixture, testing::ValuesIn(sfmodels::test::all_fixtures()),
                         sfmodels::test::test_name);

struct tricky
{
    std::string_view type;
    std::string json;
};

void PrintTo(tricky const& t, std::ostream* os)
{
    *os << t.type << ' ' << t.json;
}

std::string repeat(std::string const& s, std::size_t n)
{
    std::string r;
    for (std::size_t i = 0; i < n; ++i)
        r += s;
    return r;
}

std::string const uuid = "3f9c2b1e-7a4d-4e6f-9b08-1c2d3e4f5a6b";

std::string in_selected(std::string const& service_name)
{
    return R"({"ServiceName":)" + service_name + R"(,"PartitionId":")" + uuid + R"("})";
}

std::string epoch(std::string const& value)
{
    return R"({"ConfigurationVersion":)" + value + R"(,"DataLossVersion":"1"})";
}

std::string error_code(std::string const& value)
{
    return R"({"ErrorCode":)" + value + "}";
}

std::string with_unknown(std::string const& value)
{
    return R"({"State":"Running","Extra":)" + value + R"(,"InvokeDataLossResult":{"ErrorCode":1}})";
}

std::vector<tricky> tricky_inputs()
{
    std::vector<tricky> rows;
    auto add = [&](std::string_view type, std::string json) { rows.push_back({type, std::move(json)}); };
    // strings: escapes, surrogates, UTF-8
    for (std::string const& s : std::vector<std::string>{R"("")", R"("a\"b")", R"("\\\/\b\f\n\r\t")", R"("\u0000")", R"("\u00e9\u20ac")",
                          R"("\ud83d\ude00")", R"("\ud83d")", R"("\ude00")", R"("\ud83d\u0041")", R"("\ud83dx")",
                          R"("\u12")", R"("\u12g4")", R"("\x")", R"("\)", "\"\xc3\xa9\"", "\"\xc3\"",
                          "\"\xc0\x80\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xe0\x80\xaf\"",
                          "\"\xf0\x9f\x98\x80\"", "\"\xef\xbf\xbf\"", "\"\x7f\"", "\"a\x01\"", "\"a\tb\"",
                          "\"" + std::string(40, 'x') + "\\\\" + std::string(40, 'y') + "\"",
                          "\"" + std::string(17, 'z') + "\xe2\x82\xac" + std::string(17, 'z') + "\"",
                          "\"" + std::string(31, 'q') + "\xe2\x82\"", "null", "1", "true", "{}", "[]",
                          "\"" + repeat("ab\\n\\u00e9\xc3\xa9", 200) + "\"",
                          "\"" + repeat("ab\\n", 200) + "\xc3\"", "\"" + std::string(3000, 'p') + "\""})
        add("SelectedPartition", in_selected(s));
    // uuids
    for (std::string const& s : std::vector<std::string>{uuid, "3F9C2B1E-7A4D-4E6F-9B08-1C2D3E4F5A6B", "3f9c2b1e-7a4d-4e6f-9b08-1c2d3e4f5a6",
                          "3f9c2b1e-7a4d-4e6f-9b08-1c2d3e4f5a6bb", "3f9c2b1e_7a4d-4e6f-9b08-1c2d3e4f5a6b",
                          "\\u0033f9c2b1e-7a4d-4e6f-9b08-1c2d3e4f5a6b", "3f9c2b1e-7a4d-4e6f-9b08-1c2d3e4f5a6\\\""})
        add("SelectedPartition", R"({"PartitionId":")" + s + R"("})");
    // 64-bit integers as strings and numbers
    for (std::string const& s : std::vector<std::string>{R"("0")", R"("-0")", R"("-1")", R"("01")", R"("1.0")", R"("1e2")", R"(" 1")", R"("+1")",
                          R"("")", R"("-")", R"("9223372036854775807")", R"("-9223372036854775808")",
                          R"("9223372036854775808")", R"("123456789012345678")", R"("1234567890123456789")",
                          R"("\u0031")", "0", "-0", "-1", "01", "1.0", "1E2", "1e2", "-", "-a", "1.", ".5", "+1",
                          "9223372036854775807", "9223372036854775808", "-9223372036854775808",
                          "-9223372036854775809", "18446744073709551616", "123456789012345678",
                          "1234567890123456789", "0e0", "null", "true", "[]", "{}"})
        add("Epoch", epoch(s));
    // 32-bit integers
    for (std::string const& s : std::vector<std::string>{"0", "-2147483648", "2147483647", "2147483648", "-2147483649", R"("2147483648")",
                          R"("-7")", "1.5", "1e3", "-0", "00", "null", R"("")"})
        add("InvokeDataLossResult", error_code(s));
    // enums
    for (std::string const& s : std::vector<std::string>{R"("Running")", R"("running")", R"("RUNNING")", R"("Runnin")", R"("Runningg")",
                          R"("R\u0075nning")", R"("")", R"("ForceCancelled")", R"("SomethingNew")", "0", "null",
                          "\"Runn\xc3\xa9ng\""})
        add("PartitionDataLossProgress", R"({"State":)" + s + "}");
    add("FabricError", R"({"Error":{"Code":"E_FAIL","Message":"m"}})");
    add("FabricError", R"({"Error":{"Code":"FABRIC_E_NODE_NOT_FOUND"}})");
    add("FabricError", R"({"Error":{"Code":"FABRIC_E_FILE_NOT_FOUND"}})");
    add("FabricError", R"({"Error":{"Code":null}})");
    add("FabricError", R"({"Error":{"Message":"m"}})");
    add("FabricError", R"({"Error":null})");
    add("FabricError", R"({"Error":{"Code":"E_FAIL"},"Error":{"Message":"m"}})");
    add("FabricError", R"({"Error":{"Code":"E_FAIL"},"Error":null,"Error":{"Code":"E_ABORT"}})");
    // timestamps
    for (std::string const& s : std::vector<std::string>{"2018-01-01T09:00:55Z", "2018-01-01T09:00:55.1234567Z", "2018-01-01t09:00:55z",
                          "2018-01-01T09:00:55+01:00", "2018-01-01T09:00:55", "2018-02-30T09:00:55Z",
                          "2018-01-01T09:00:60Z", "2018-01-01T09:00:55.Z", "2018-01-01T09:00:55\\u005a"})
        add("BackupProgressInfo", R"({"TimeStampUtc":")" + s + R"("})");
    // whitespace, structure, duplicates, order
    for (std::string const& s : std::vector<std::string>{R"( {"State":"Running"} )", "\t\r\n{\n\"State\"\t:\r\"Running\"\n}\n",
                          R"({"State":"Running"}x)", R"({"State":"Running"}})", R"({"State":"Running",})",
                          R"({"State":"Running" "X":1})", R"({"State" "Running"})", R"({"State":"Running")",
                          R"({,"State":"Running"})", R"({"State":"Running"}{})", "\xef\xbb\xbf{}", "{}", "[]", "",
                          " ", "null", R"({"State":"Running","State":"Faulted"})",
                          R"({"InvokeDataLossResult":{"ErrorCode":1},"State":"Running"})",
                          R"({"InvokeDataLossResult":{"ErrorCode":1},"InvokeDataLossResult":{"SelectedPartition":{}}})",
                          R"({"InvokeDataLossResult":{"ErrorCode":1},"InvokeDataLossResult":null})",
                          R"({"St\u0061te":"Running"})", R"({"state":"Running"})", R"({"State\u0000":"Running"})",
                          R"({"\ud83d":"x"})", "{\"\xc3\":1}", R"({"":1})", R"({"State":"Running"  ,  "":{}})",
                          "{\"State\":\"Running\"}\x00"s})
        add("PartitionDataLossProgress", s);
    // unknown members of every shape
    for (std::string const& s : std::vector<std::string>{"1", "-1", "0", "-0", "1.5", "1e5", "1E+5", "1e-5", "1.5e300", "1e999999", "1e9999999",
                          "1e2147483648", "01", "1.", ".1", "-", "+1", "1e", "1e+", "0x1", "Infinity", "NaN",
                          "123456789012345678901234567890", "true", "false", "null", "tru", "nul", "falsey", "\"\"",
                          "\"x\\u00e9\"", "\"\\ud800\"", "\"\xff\"", "[]", "{}", "[1,[2,[3,{}]]]", "[1,]", "[,1]",
                          "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{1:2}", "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]",
                          "{\"a\":{\"b\":{\"c\":[null,true,false,\"d\",-1.5e-3]}}}", "[\"\\\"\",\"]\"]", "[1 2]",
                          " [ 1 , { \"k\" : [ ] } ] "})
        add("PartitionDataLossProgress", with_unknown(s));
    std::string deep;
    for (std::size_t depth : {30, 31, 32, 33, 60, 62, 63, 64, 65}) {
        deep = std::string(depth, '[') + std::string(depth, ']');
        add("PartitionDataLossProgress", with_unknown(deep));
    }
    // arrays of operations
    for (std::string const& s : std::vector<std::string>{"[]", "[ ]", "[{}]", "[{},]", "[,{}]", "[null]", "[{}{}]", "[{} {}]", "[1]",
                          R"([{"OperationId":")" + uuid + R"(","State":"Running","Type":"NodeTransition"},{}])",
                          R"([{"Type":"nodeTransition","State":"rollingBack"}])", "{}", "[[]]"})
        add("OperationStatusList", s);
    return rows;
}

class FastPathTricky : public testing::TestWithParam<tricky> {};

TEST_P(FastPathTricky, AgreesWithTheReference)
{
    tricky const& t = GetParam();
    EXPECT_TRUE(agree_for(t.type, t.json));
    for (auto const& other : sfmodels::test::fixtures_of(t.type))
        EXPECT_TRUE(agree_for(t.type, t.json, other.input)) << "over " << other.name;
    for (std::size_t n = 0; n < t.json.size(); ++n)
        ASSERT_TRUE(agree_for(t.type, std::string_view(t.json).substr(0, n))) << "first " << n << " bytes";
}

INSTANTIATE_TEST_SUITE_P(Inputs, FastPathTricky, testing::ValuesIn(tricky_inputs()));

TEST(FastPath, TakesTheFastPathForPlainDocuments)
{
    sfmodels::OperationStatusList list;
    EXPECT_TRUE(fast::decode(R"([{"OperationId":")" + uuid + R"(","State":"Completed","Type":"PartitionRestart"}])",
                             list));
    ASSERT_EQ(list.size(), 1u);
    EXPECT_TRUE(*list[0].State == sfmodels::OperationState::Completed);
    EXPECT_TRUE(*list[0].Type == sfmodels::OperationType::PartitionRestart);
}

TEST(FastPath, SkipsUnknownMembersItself)
{
    sfmodels::PartitionDataLossProgress p;
    EXPECT_TRUE(fast::decode(with_unknown(R"({"a":[1,-2.5e3,true,null,"\u00e9"]})"), p));
    EXPECT_TRUE(p.InvokeDataLossResult && p.InvokeDataLossResult->ErrorCode == 1);
}

// Every response model has its fast path, and every enum its exact lookup.
TEST(FastPath, CoversEveryResponseModel)
{
    using namespace sfmodels;
    boost::mp11::mp_for_each<boost::mp11::mp_list<
        PartitionDataLossProgress, PartitionQuorumLossProgress, PartitionRestartProgress, NodeTransitionProgress,
        InvokeDataLossResult, InvokeQuorumLossResult, RestartPartitionResult, NodeTransitionResult,
        SelectedPartition, NodeResult, OperationStatus, OperationStatusList, BackupProgressInfo, RestoreProgressInfo,
        Epoch, FabricError, FabricErrorError>>([](auto w) { EXPECT_TRUE(fast::supported<decltype(w)>); });
    EXPECT_TRUE(fast::enum_lookup<sfmodels::OperationState>::enabled);
    EXPECT_TRUE(fast::enum_lookup<sfmodels::OperationType>::enabled);
    EXPECT_TRUE(fast::enum_lookup<sfmodels::BackupState>::enabled);
    EXPECT_TRUE(fast::enum_lookup<sfmodels::RestoreState>::enabled);
    EXPECT_TRUE(fast::enum_lookup<sfmodels::FabricErrorCodes>::enabled);
}

template<class E>
void expect_finds_every_spelling()
{
    using table = sfmodels::detail::enum_table<E>;
    for (std::size_t i = 0; i < table::size(); ++i) {
        std::string name(table::name(table::at(i)));
        EXPECT_EQ(fast::enum_lookup<E>::find(name.data(), name.size()), static_cast<int>(i)) << name;
        name.back() ^= 0x20;
        EXPECT_EQ(fast::enum_lookup<E>::find(name.data(), name.size()), -1) << name;
        name.pop_back();
        EXPECT_EQ(fast::enum_lookup<E>::find(name.data(), name.size()), -1) << name;
    }
}

TEST(FastPath, EnumLookupFindsExactSpellingsOnly)
{
    expect_finds_every_spelling<sfmodels::OperationState>();
    expect_finds_every_spelling<sfmodels::OperationType>();
    expect_finds_every_spelling<sfmodels::BackupState>();
    expect_finds_every_spelling<sfmodels::FabricErrorCodes>();
}

char const* find_special_bytewise(char const* p, char const* end)
{
    while (p != end && !fast::is_special(*p))
        ++p;
    return p;
}

TEST(FastPath, SpecialByteScansAgree)
{
    std::mt19937 rng(7);
    std::string const alphabet = "abcXYZ019 _-:/.\"\\\x01\x1f\x20\x7f\x80\xc3\xff";
    for (int round = 0; round < 4000; ++round) {
        std::string s(rng() % 40, 'a');
        for (char& c : s)
            c = rng() % 8 == 0 ? alphabet[rng() % alphabet.size()] : static_cast<char>('a' + rng() % 26);
        for (std::size_t from = 0; from <= s.size(); ++from) {
            char const* const p = s.data() + from;
            char const* const end = s.data() + s.size();
            ASSERT_EQ(fast::find_special(p, end), find_special_bytewise(p, end)) << s;
            ASSERT_EQ(fast::find_special_swar(p, end), find_special_bytewise(p, end)) << s;
        }
    }
}

TEST(FastPath, NumberSkipperAcceptsOnlyWhatBoostJsonParses)
{
    for (std::string const& s : std::vector<std::string>{"0", "-0", "1", "-1", "10", "1.5", "-1.5", "1e5", "1E5", "1e+5", "1e-5", "1.5e300",
                          "0.0", "0e0", "123456789012345678901234567890", "1e999999", "01", "1.", ".1", "-", "+1",
                          "1e", "1e+", "-.5", "1.e5", "0x", "1e1234567", "--1", "1ee5", "1.5.5"}) {
        char const* const end = s.data() + s.size();
        char const* const stop = fast::skip_number(s.data(), end);
        boost::system::error_code ec;
        boost::json::parse(s, ec);
        if (stop == end)
            EXPECT_FALSE(ec) << s << ": " << ec.message();
        else
            EXPECT_TRUE(stop == nullptr || ec) << s;
    }
}

} // namespace fast_path_test
} // namespace
