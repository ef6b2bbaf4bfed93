#include <sfmodels/rest/poll.hpp>

#include <sfmodels/models/faults.hpp>

#include <gtest/gtest.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <set>
#include <string_view>

namespace {
namespace rest_poll_test {

namespace rest = sfmodels::rest;
using sfmodels::OperationState;
using sfmodels::open_enum;

TEST(IsTerminal, OperationStates)
{
    std::set<std::string_view> terminal;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<OperationState>>([&](auto d) {
        if (rest::is_terminal(d.value))
            terminal.insert(d.name);
    });
    EXPECT_EQ(terminal, (std::set<std::string_view>{"Completed", "Faulted", "Cancelled", "ForceCancelled"}));
    static_assert(rest::is_terminal(OperationState::Completed));
    static_assert(!rest::is_terminal(OperationState::RollingBack));
}

TEST(IsTerminal, BackupAndRestoreStates)
{
    using sfmodels::BackupState;
    using sfmodels::RestoreState;
    EXPECT_FALSE(rest::is_terminal(BackupState::Invalid));
    EXPECT_FALSE(rest::is_terminal(BackupState::Accepted));
    EXPECT_FALSE(rest::is_terminal(BackupState::BackupInProgress));
    EXPECT_TRUE(rest::is_terminal(BackupState::Success));
    EXPECT_TRUE(rest::is_terminal(BackupState::Failure));
    EXPECT_TRUE(rest::is_terminal(BackupState::Timeout));
    EXPECT_FALSE(rest::is_terminal(RestoreState::Accepted));
    EXPECT_FALSE(rest::is_terminal(RestoreState::RestoreInProgress));
    EXPECT_TRUE(rest::is_terminal(RestoreState::Success));
    EXPECT_TRUE(rest::is_terminal(RestoreState::Failure));
    EXPECT_TRUE(rest::is_terminal(RestoreState::Timeout));
}

TEST(IsTerminal, UnknownOrAbsentStateIsNotTerminal)
{
    EXPECT_FALSE(rest::is_terminal(open_enum<OperationState>("Paused")));
    EXPECT_TRUE(rest::is_terminal(open_enum<OperationState>("faulted")));
    EXPECT_FALSE(rest::is_terminal(std::optional<open_enum<OperationState>>()));
    EXPECT_TRUE(rest::is_terminal(std::optional<open_enum<OperationState>>(OperationState::Cancelled)));
}

TEST(IsFinished, EveryProgressBody)
{
    sfmodels::PartitionDataLossProgress d;
    EXPECT_FALSE(rest::is_finished(d));
    d.State = OperationState::Running;
    EXPECT_FALSE(rest::is_finished(d));
    d.State = OperationState::ForceCancelled;
    EXPECT_TRUE(rest::is_finished(d));

    sfmodels::NodeTransitionProgress n;
    n.State = OperationState::Faulted;
    EXPECT_TRUE(rest::is_finished(n));

    sfmodels::BackupProgressInfo b;
    b.BackupState = sfmodels::BackupState::BackupInProgress;
    EXPECT_FALSE(rest::is_finished(b));
    b.BackupState = sfmodels::BackupState::Timeout;
    EXPECT_TRUE(rest::is_finished(b));

    sfmodels::RestoreProgressInfo r;
    EXPECT_FALSE(rest::is_finished(r));
    r.RestoreState = sfmodels::RestoreState::Success;
    EXPECT_TRUE(rest::is_finished(r));
}

} // namespace rest_poll_test
} // namespace
