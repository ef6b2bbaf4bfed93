#include <sfmodels/models/type_registry.hpp>

#include <sfmodels/codec/decode.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

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

TEST(TypeRegistry, NamesTheSpecificationsDefinitions)
{
    std::vector<std::string_view> names;
    boost::mp11::mp_for_each<sfmodels::wire_types>([&](auto w) { names.push_back(w.name); });
    EXPECT_EQ(std::set<std::string_view>(names.begin(), names.end()), spec);
    EXPECT_EQ(names.size(), spec.size()) << "a name appears twice";
}

TEST(TypeRegistry, VisitCallsBackOnceWithTheNamedType)
{
    boost::mp11::mp_for_each<sfmodels::wire_types>([](auto expected) {
        int calls = 0;
        bool const found = sfmodels::visit_wire_type(expected.name, [&](auto w) {
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
        EXPECT_FALSE(sfmodels::visit_wire_type(name, [&](auto) { ++calls; })) << name;
        EXPECT_EQ(calls, 0) << name;
    }
}

TEST(TypeRegistry, ListsOperationStatusListAsABareArray)
{
    bool const found = sfmodels::visit_wire_type("OperationStatusList", [](auto w) {
        EXPECT_TRUE((std::is_same_v<typename decltype(w)::type, std::vector<sfmodels::OperationStatus>>));
    });
    EXPECT_TRUE(found);
}

TEST(TypeRegistry, EveryTypeDecodesFromItsEmptiestDocumentUnlessSomethingIsRequired)
{
    boost::mp11::mp_for_each<sfmodels::wire_types>([](auto w) {
        using T = typename decltype(w)::type;
        T v{};
        bool const is_list = std::is_same_v<T, sfmodels::OperationStatusList>;
        auto const r = sfmodels::decode(is_list ? "[]" : "{}", v);
        bool const has_required = with_required_members.contains(w.name);
        EXPECT_EQ(r.code, has_required ? make_error_code(error::missing_member) : boost::system::error_code{})
            << w.name << ": " << r.message();
    });
}

} // namespace
