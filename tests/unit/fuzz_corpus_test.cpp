// Replays the fuzz seed corpus (tests/corpus/<target>/) and every fuzz finding
// kept as a regression (tests/regressions/<target>/) through the fuzz
// targets' checks, so they hold in every build, not only under libFuzzer.
#include "../../fuzz/fuzz_check.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

namespace {
namespace fuzz_corpus_test {

namespace fs = std::filesystem;
namespace fuzz = sfmodels::fuzz;

using check_fn = std::string (*)(std::string_view);

template<class Family>
std::string check_family(std::string_view json)
{
    return fuzz::check_all(Family{}, json);
}

struct target
{
    std::string_view name;
    check_fn check;
};

constexpr target targets[] = {
    {"fuzz_faults", check_family<fuzz::faults>},
    {"fuzz_operation_status", check_family<fuzz::operation_status>},
    {"fuzz_backup_restore", check_family<fuzz::backup_restore>},
    {"fuzz_errors", check_family<fuzz::errors>},
    {"fuzz_shapes", check_family<fuzz::shapes>},
};

struct input
{
    std::string label;   // <corpus or regressions>/<target>/<file>
    check_fn check;
    std::string bytes;
};

void PrintTo(input const& i, std::ostream* os)
{
    *os << i.label;
}

std::vector<input> inputs()
{
    std::vector<input> out;
    fs::path const root = SFMODELS_SOURCE_DIR "/tests";
    for (std::string_view kind : {"corpus", "regressions"})
        for (target const& t : targets) {
            fs::path const dir = root / kind / t.name;
            if (!fs::is_directory(dir))
                continue;
            for (auto const& entry : fs::directory_iterator(dir)) {
                if (!entry.is_regular_file() || entry.path().filename() == "README.md")
                    continue;
                std::ifstream in(entry.path(), std::ios::binary);
                out.push_back({std::string(kind) + '/' + std::string(t.name) + '/' + entry.path().filename().string(),
                               t.check,
                               {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}});
            }
        }
    std::sort(out.begin(), out.end(), [](input const& a, input const& b) { return a.label < b.label; });
    return out;
}

class FuzzCorpus : public testing::TestWithParam<input> {};

TEST_P(FuzzCorpus, KeepsEveryProperty)
{
    EXPECT_EQ(GetParam().check(GetParam().bytes), "");
}

std::string test_name(testing::TestParamInfo<input> const& info)
{
    std::string s = info.param.label;
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return s;
}

INSTANTIATE_TEST_SUITE_P(Replay, FuzzCorpus, testing::ValuesIn(inputs()), test_name);

TEST(FuzzCorpusSeeds, EveryTargetHasSeeds)
{
    for (target const& t : targets)
        EXPECT_TRUE(fs::is_directory(fs::path(SFMODELS_SOURCE_DIR "/tests/corpus") / t.name)) << t.name;
}

// The checks catch what they are meant to: a decoder bug shows up as a finding.
TEST(FuzzChecks, ReportADifferenceFromTheReference)
{
    std::string const json = R"({"State":"Running"})";
    sfmodels::OperationStatus decoded;
    ASSERT_TRUE(sfmodels::decode(json, decoded).ok());
    decoded.State = sfmodels::OperationState::Faulted;
    EXPECT_NE(fuzz::check_reference(json, sfmodels::decode_result{}, decoded), "");
    sfmodels::decode_result wrongly_rejected;
    wrongly_rejected.code = sfmodels::error::syntax;
    EXPECT_NE(fuzz::check_reference(json, wrongly_rejected, decoded), "");
}

TEST(FuzzChecks, AllowOnlyDuplicatesToExplainARejectionTheReferenceAccepts)
{
    sfmodels::decode_result rejected;
    rejected.code = sfmodels::error::bad_uuid;
    sfmodels::OperationStatus unused;
    EXPECT_EQ(fuzz::check_reference(R"({"OperationId":"?","OperationId":null})", rejected, unused), "");
    EXPECT_NE(fuzz::check_reference(R"({"OperationId":null})", rejected, unused), "");
    EXPECT_TRUE(fuzz::has_duplicate_member(R"({"a":{"b":1,"c":[{"d":0,"d":1}]}})"));
    EXPECT_FALSE(fuzz::has_duplicate_member(R"({"a":{"a":1},"b":{"a":2}})"));
}

TEST(FuzzChecks, SplitInputsTheSameWayEveryTime)
{
    std::string const json = R"({"Error":{"Code":"E_FAIL","Message":"a message long enough to be cut"}})";
    sfmodels::FabricError a, b;
    EXPECT_TRUE(fuzz::decode_in_pieces(json, a).ok());
    EXPECT_TRUE(fuzz::decode_in_pieces(json, b).ok());
    EXPECT_EQ(a, b);
    EXPECT_EQ(a.Error.Message, "a message long enough to be cut");
}

} // namespace fuzz_corpus_test
} // namespace
