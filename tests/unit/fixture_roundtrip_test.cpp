#include <sfmodels/codec.hpp>

#include "support/seed_types.hpp"

#include <support/fixtures.hpp>
#include <support/oracle.hpp>
#include <support/same_value.hpp>

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace {
namespace fixture_roundtrip_test {

using sfmodels::error;
using sfmodels::test::fixture;
using sfmodels::test::fixtures_of;
using sfmodels::test::same_value;
using sfmodels::test::with_model;

template<class M>
using model_t = std::remove_cvref_t<M>;

class Fixture : public testing::TestWithParam<fixture> {};

TEST_P(Fixture, Decodes)
{
    with_model(GetParam().type, [&](auto& model) {
        auto const r = sfmodels::decode(GetParam().input, model);
        EXPECT_FALSE(r) << r.message();
    });
}

TEST_P(Fixture, EncodesToTheCanonicalBytes)
{
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& model) {
        ASSERT_FALSE(sfmodels::decode(f.input, model));

        auto const size = sfmodels::encoded_size(model);
        ASSERT_TRUE(size.ok()) << size.code.message();
        EXPECT_EQ(size.size, f.expected.size());

        std::string out(size.size, '\xff');
        auto const written = sfmodels::encode(model, std::span<char>(out));
        ASSERT_TRUE(written.ok()) << written.code.message();
        EXPECT_EQ(written.size, size.size);
        EXPECT_EQ(out, f.expected);

        EXPECT_EQ(sfmodels::to_json(model), f.expected);
    });
}

TEST_P(Fixture, DecodingTheEncodingGivesTheSameValue)
{
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& model) {
        ASSERT_FALSE(sfmodels::decode(f.input, model));
        std::string const json = sfmodels::to_json(model);
        model_t<decltype(model)> again{};
        auto const r = sfmodels::decode(json, again);
        ASSERT_FALSE(r) << r.message() << " in " << json;
        EXPECT_TRUE(same_value(again, model));
    });
}

TEST_P(Fixture, CanonicalTextDecodesToTheSameValue)
{
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& model) {
        ASSERT_FALSE(sfmodels::decode(f.input, model));
        model_t<decltype(model)> canonical{};
        auto const r = sfmodels::decode(f.expected, canonical);
        ASSERT_FALSE(r) << r.message();
        EXPECT_TRUE(same_value(canonical, model));
    });
}

// The decoded value is exactly what the document means by the wire rules, as
// read by an oracle that shares no name matching or scalar parsing with the
// decoder; and so is the canonical text it encodes to.
TEST_P(Fixture, TheOracleReadsTheDecodedValue)
{
    namespace oracle = sfmodels::test::oracle;
    fixture const& f = GetParam();
    boost::json::value const input = boost::json::parse(f.input);
    boost::json::value const canonical = boost::json::parse(f.expected);
    with_model(f.type, [&](auto& model) {
        using M = model_t<decltype(model)>;
        ASSERT_FALSE(sfmodels::decode(f.input, model));
        oracle::judgement const j = oracle::judge<M>(input);
        EXPECT_TRUE(j.outcome == oracle::verdict::accept) << j.why;
        EXPECT_EQ(oracle::mismatch(input, model), "") << "in " << f.input;
        EXPECT_EQ(oracle::mismatch(canonical, model), "") << "in " << f.expected;
    });
}

// Every buffer shorter than the encoding fails without a write past its end;
// a guard region behind the buffer must keep its filler bytes.
TEST_P(Fixture, EncodeNeverWritesPastTheBuffer)
{
    constexpr std::size_t guard = 64;
    constexpr char filler = '\xff';   // never part of valid UTF-8, so never output
    fixture const& f = GetParam();
    with_model(f.type, [&](auto& model) {
        ASSERT_FALSE(sfmodels::decode(f.input, model));
        std::size_t const n = f.expected.size();
        std::vector<char> memory(n + guard);
        for (std::size_t size = 0; size <= n; ++size) {
            std::fill(memory.begin(), memory.end(), filler);
            auto const r = sfmodels::encode(model, std::span<char>(memory.data(), size));
            if (size < n) {
                EXPECT_EQ(r.code, error::buffer_too_small) << "buffer of " << size << " of " << n;
                EXPECT_EQ(r.size, 0u);
            } else {
                ASSERT_TRUE(r.ok()) << r.code.message();
                EXPECT_EQ(std::string_view(memory.data(), r.size), f.expected);
            }
            auto const past = std::string_view(memory.data(), memory.size()).substr(size);
            EXPECT_EQ(past.find_first_not_of(filler), std::string_view::npos)
                << "wrote past a buffer of " << size << " bytes";
        }
    });
}

// A model reused for every poll must end up exactly as a fresh decode would,
// whatever the previous payload left in it.
TEST_P(Fixture, DecodingOverAnotherFixtureGivesAFreshValue)
{
    fixture const& f = GetParam();
    auto const others = fixtures_of(f.type);
    with_model(f.type, [&](auto& fresh) {
        ASSERT_FALSE(sfmodels::decode(f.input, fresh));
        for (fixture const& previous : others) {
            model_t<decltype(fresh)> reused{};
            ASSERT_FALSE(sfmodels::decode(previous.input, reused)) << previous.name;
            auto const r = sfmodels::decode(f.input, reused);
            EXPECT_FALSE(r) << r.message() << " after " << previous.name;
            EXPECT_TRUE(same_value(reused, fresh)) << "after " << previous.name;
        }
    });
}

INSTANTIATE_TEST_SUITE_P(All, Fixture, testing::ValuesIn(sfmodels::test::all_fixtures()),
                         sfmodels::test::test_name);

TEST(FixtureSet, EveryWireTypeHasAtLeastThreeFixtures)
{
    boost::mp11::mp_for_each<sfmodels::test::seed_types>([](auto w) {
        EXPECT_GE(fixtures_of(w.name).size(), 3u) << w.name;
    });
}

TEST(FixtureSet, EveryDirectoryIsAWireTypeAndEveryFileAFixture)
{
    namespace fs = std::filesystem;
    std::size_t inputs = 0;
    for (auto const& dir : fs::directory_iterator(sfmodels::test::fixture_root())) {
        std::string const type = dir.path().filename().string();
        ASSERT_TRUE(dir.is_directory()) << type;
        EXPECT_TRUE(sfmodels::test::visit_seed_type(type, [](auto) {})) << "no wire type named " << type;
        for (auto const& file : fs::directory_iterator(dir.path())) {
            std::string const name = file.path().filename().string();
            ASSERT_TRUE(name.ends_with(".json")) << type << '/' << name;
            if (name.ends_with(sfmodels::test::expected_suffix)) {
                auto const stem = name.substr(0, name.size() - sfmodels::test::expected_suffix.size());
                EXPECT_TRUE(fs::exists(dir.path() / (stem + ".json"))) << "no input for " << type << '/' << name;
            } else
                ++inputs;
        }
    }
    EXPECT_EQ(inputs, sfmodels::test::all_fixtures().size());
}

} // namespace fixture_roundtrip_test
} // namespace
