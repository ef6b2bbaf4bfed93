// For each definition, its fixture file through its entry in the type table;
// and the checks that definitions, entries, fixture files and the ctest
// areas name the same things.
#include "check_case.hpp"
#include "registry.hpp"

#include <sfmodels/dynamic/type_table.hpp>
#include <sfmodels/models/definitions.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sfmodels_test {

namespace {

using sfmodels::models::definition;
using sfmodels::models::definitions;

definition const* find_definition(std::string_view name)
{
    auto const it = std::find_if(definitions.begin(), definitions.end(), [&](definition const& d) { return d.name == name; });
    return it != definitions.end() ? &*it : nullptr;
}

class definition_test : public testing::Test
{
public:
    explicit definition_test(definition d) : definition_(d) {}

    void TestBody() override
    {
        auto const* entry = sfmodels::dynamic::find_type(definition_.name);
        ASSERT_NE(entry, nullptr) << definition_.name << " has no entry in the type table";
        auto const file = fixture_path(definition_.area, definition_.name);
        ASSERT_TRUE(std::filesystem::is_regular_file(file))
            << "no fixture " << file << "; run python3 tools/generate/generate.py ../shared/spec/servicefabric.json";
        model_fixture const f = read_fixture(file);
        EXPECT_EQ(f.definition, definition_.name);
        EXPECT_EQ(f.area, definition_.area);
        ASSERT_FALSE(f.cases.empty());
        model_value reused(*entry);
        for (auto const& c : f.cases)
            check_case(*entry, c, reused);
        RecordProperty("cases", static_cast<int>(f.cases.size()));
    }

private:
    definition definition_;
};

// The areas that CMakeLists.txt runs a ctest for, "a,b,c".
std::vector<std::string_view> ctest_areas()
{
    std::vector<std::string_view> out;
    std::string_view list = SFMODELS_MODEL_AREAS;
    while (!list.empty()) {
        auto const end = std::min(list.find(','), list.size());
        out.push_back(list.substr(0, end));
        list.remove_prefix(std::min(end + 1, list.size()));
    }
    return out;
}

TEST(Definitions, EachHasAnEntryAndAFixture)
{
    for (auto const& d : definitions) {
        auto const* entry = sfmodels::dynamic::find_type(d.name);
        EXPECT_NE(entry, nullptr) << d.name << " has no entry in the type table";
        if (entry) {
            EXPECT_EQ(entry->area, d.area) << d.name;
        }
        EXPECT_TRUE(std::filesystem::is_regular_file(fixture_path(d.area, d.name))) << d.name << " has no fixture";
    }
}

TEST(Definitions, EachEntryIsADefinition)
{
    EXPECT_EQ(sfmodels::dynamic::type_table().size(), definitions.size());
    for (auto const& e : sfmodels::dynamic::type_table())
        EXPECT_NE(find_definition(e.name), nullptr) << "the type table's " << e.name << " is no definition";
}

TEST(Definitions, EachFixtureIsADefinitionOfItsArea)
{
    std::size_t files = 0;
    for (auto const& f : std::filesystem::recursive_directory_iterator(fixture_root())) {
        if (!f.is_regular_file())
            continue;
        ++files;
        auto const rel = std::filesystem::relative(f.path(), fixture_root());
        auto const area = rel.parent_path().string();
        auto const* d = find_definition(rel.stem().string());
        EXPECT_EQ(rel.extension(), ".json") << rel;
        ASSERT_NE(d, nullptr) << "fixture " << rel << " names no definition: a stale file?";
        EXPECT_EQ(d->area, area) << "fixture " << rel;
    }
    EXPECT_EQ(files, definitions.size());
}

TEST(Definitions, EachAreaHasItsCtest)
{
    auto const areas = ctest_areas();
    for (auto const& d : definitions)
        EXPECT_NE(std::find(areas.begin(), areas.end(), d.area), areas.end())
            << d.name << "'s area " << d.area << " is not in cmake/model_areas.cmake: no ctest runs it";
}

} // namespace

void register_definition_tests()
{
    for (auto const& d : definitions)
        testing::RegisterTest(std::string(d.area).c_str(), std::string(d.name).c_str(), nullptr, nullptr, __FILE__,
                              __LINE__, [d]() -> testing::Test* { return new definition_test(d); });
}

} // namespace sfmodels_test
