#include <sfmodels/rest/operation_list.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string_view>
#include <type_traits>

namespace {
namespace rest_operation_list_test {

namespace rest = sfmodels::rest;

TEST(OperationList, NamesAreTheOperationIds)
{
    std::set<std::string_view> names;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, rest::operations>>(
        [&](auto op) { names.insert(decltype(op)::type::info.name); });
    EXPECT_EQ(names.size(), 251u);   // every operation of the specification, each once
    std::set<std::string_view> const first{
        "StartDataLoss", "GetDataLossProgress", "StartQuorumLoss", "GetQuorumLossProgress",
        "StartPartitionRestart", "GetPartitionRestartProgress", "StartNodeTransition",
        "GetNodeTransitionProgress", "GetFaultOperationList", "CancelOperation",
        "GetPartitionBackupProgress", "GetPartitionRestoreProgress", "BackupPartition",
        "RestorePartition", "SkipRestorePartition"};
    for (auto name : first)
        EXPECT_TRUE(names.count(name)) << name;
}

TEST(OperationList, VisitByNameInAnyCase)
{
    std::string_view seen;
    EXPECT_TRUE(rest::visit_operation("startdataloss", [&](auto op) { seen = decltype(op)::type::info.name; }));
    EXPECT_EQ(seen, "StartDataLoss");
    EXPECT_TRUE(rest::visit_operation("SkipRestorePartition", [&](auto op) { seen = decltype(op)::type::info.name; }));
    EXPECT_EQ(seen, "SkipRestorePartition");
    EXPECT_FALSE(rest::visit_operation("StartDataLos", [&](auto) { seen = "called"; }));
    EXPECT_EQ(seen, "SkipRestorePartition");
}

} // namespace rest_operation_list_test
} // namespace
