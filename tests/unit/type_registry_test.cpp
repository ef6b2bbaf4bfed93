#include <sfmodels/models/type_registry.hpp>

#include "support/seed_types.hpp"

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/models/definitions.hpp>

#include <algorithm>
#include <map>
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
namespace type_registry_test {

using sfmodels::error;

// The specification's definitions of response and request bodies, and which
// of them have required members.
std::set<std::string_view> const spec{
    "PartitionDataLossProgress",  "PartitionQuorumLossProgress", "PartitionRestartProgress",
    "NodeTransitionProgress",     "InvokeDataLossResult",        "InvokeQuorumLossResult",
    "RestartPartitionResult",     "NodeTransitionResult",        "SelectedPartition",
    "NodeResult",                 "OperationStatus",             "OperationStatusList",
    "BackupProgressInfo",         "RestoreProgressInfo",         "Epoch",
    "FabricError",                "FabricErrorError",            "BackupPartitionDescription",
    "RestorePartitionDescription", "BackupStorageDescription",
};
std::set<std::string_view> const with_required_members{
    "FabricError", "FabricErrorError", "RestorePartitionDescription", "BackupStorageDescription",
};

TEST(TypeRegistry, ListsEveryDefinitionOnceWithItsArea)
{
    auto const& all = sfmodels::models::definitions;
    EXPECT_EQ(all.size(), 749u);   // the definitions of the 9.1 specification
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end(), [](auto& a, auto& b) { return a.name < b.name; }));
    EXPECT_EQ(std::adjacent_find(all.begin(), all.end(), [](auto& a, auto& b) { return a.name == b.name; }),
              all.end());
    // wire_types (every area's list) holds the same names, each under the area definitions names
    std::map<std::string_view, std::string_view> listed;
    boost::mp11::mp_for_each<sfmodels::wire_types>([&](auto w) { listed.emplace(w.name, std::string_view{}); });
    EXPECT_EQ(listed.size(), all.size());
    for (auto const& d : all)
        EXPECT_TRUE(listed.contains(d.name)) << d.name;
    for (std::string_view name : spec)
        EXPECT_TRUE(std::binary_search(all.begin(), all.end(), sfmodels::models::definition{name, {}},
                                       [](auto& a, auto& b) { return a.name < b.name; }))
            << name;
}

TEST(TypeRegistry, AnAreaListVisitsItsOwnTypes)
{
    bool const found = sfmodels::visit_wire_type<sfmodels::models::faults_types>("PartitionDataLossProgress", [](auto w) {
        EXPECT_TRUE((std::is_same_v<typename decltype(w)::type, sfmodels::PartitionDataLossProgress>));
    });
    EXPECT_TRUE(found);
    EXPECT_FALSE(sfmodels::visit_wire_type<sfmodels::models::faults_types>("FabricError", [](auto) {}));
}

TEST(TypeRegistry, NamesTheSeedDefinitions)
{
    std::vector<std::string_view> names;
    boost::mp11::mp_for_each<sfmodels::test::seed_types>([&](auto w) { names.push_back(w.name); });
    EXPECT_EQ(std::set<std::string_view>(names.begin(), names.end()), spec);
    EXPECT_EQ(names.size(), spec.size()) << "a name appears twice";
}

TEST(TypeRegistry, VisitCallsBackOnceWithTheNamedType)
{
    boost::mp11::mp_for_each<sfmodels::test::seed_types>([](auto expected) {
        int calls = 0;
        bool const found = sfmodels::test::visit_seed_type(expected.name, [&](auto w) {
            ++calls;
            EXPECT_TRUE((std::is_same_v<typename decltype(w)::type, typename decltype(expected)::type>))
                << expected.name;
            EXPECT_EQ(w.name, expected.name);
        });
        EXPECT_TRUE(found) << expected.name;
        EXPECT_EQ(calls, 1) << expected.name;
    });
}

TEST(TypeRegistry, VisitRejectsOtherNames)
{
    for (std::string_view name : {"", "epoch", "EPOCH", "Epoch ", " Epoch", "BackupEpoch", "FabricError_Error",
                                  "OperationStatusLis", "OperationStatusLists", "sfmodels::Epoch"}) {
        int calls = 0;
        EXPECT_FALSE(sfmodels::test::visit_seed_type(name, [&](auto) { ++calls; })) << name;
        EXPECT_EQ(calls, 0) << name;
    }
}

TEST(TypeRegistry, ListsOperationStatusListAsABareArray)
{
    bool const found = sfmodels::test::visit_seed_type("OperationStatusList", [](auto w) {
        EXPECT_TRUE((std::is_same_v<typename decltype(w)::type, std::vector<sfmodels::OperationStatus>>));
    });
    EXPECT_TRUE(found);
}

TEST(TypeRegistry, EveryTypeDecodesFromItsEmptiestDocumentUnlessSomethingIsRequired)
{
    boost::mp11::mp_for_each<sfmodels::test::seed_types>([](auto w) {
        using T = typename decltype(w)::type;
        T v{};
        bool const is_list = std::is_same_v<T, sfmodels::OperationStatusList>;
        auto const r = sfmodels::decode(is_list ? "[]" : "{}", v);
        bool const has_required = with_required_members.contains(w.name);
        EXPECT_EQ(r.code, has_required ? make_error_code(error::missing_member) : boost::system::error_code{})
            << w.name << ": " << r.message();
    });
}

} // namespace type_registry_test
} // namespace
