// The parameter types: required<T>, bounded durations and the list filters.
#include <sfmodels/rest/duration.hpp>
#include <sfmodels/rest/filters.hpp>
#include <sfmodels/rest/required.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <type_traits>

namespace {
namespace rest_parameters_test {

namespace rest = sfmodels::rest;
using namespace std::chrono_literals;

TEST(Required, HasNoDefaultAndConvertsFromItsValue)
{
    EXPECT_FALSE(std::is_default_constructible_v<rest::required<int>>);
    EXPECT_TRUE((std::is_convertible_v<char const*, rest::required<std::string>>));
    rest::required<std::string> s = "node";
    EXPECT_EQ(*s, "node");
    EXPECT_EQ(s->size(), 4u);
    s = "other";
    EXPECT_EQ(s.get(), "other");
    EXPECT_TRUE(rest::is_required<rest::required<int>>::value);
    EXPECT_FALSE(rest::is_required<int>::value);
}

TEST(BoundedDuration, Bounds)
{
    EXPECT_EQ(rest::server_timeout::min, 1s);
    EXPECT_EQ(rest::server_timeout::max, 4294967295s);
    EXPECT_FALSE(rest::server_timeout(0s).in_range());
    EXPECT_TRUE(rest::server_timeout(1s).in_range());
    EXPECT_TRUE(rest::server_timeout(4294967295s).in_range());
    EXPECT_FALSE(rest::server_timeout(4294967296s).in_range());
    EXPECT_FALSE(rest::stop_duration(599s).in_range());
    EXPECT_TRUE(rest::stop_duration(10min).in_range());
    EXPECT_TRUE(rest::stop_duration(4h).in_range());
    EXPECT_FALSE(rest::stop_duration(4h + 1s).in_range());
    EXPECT_TRUE(rest::quorum_loss_duration(0s).in_range());
    EXPECT_FALSE(rest::quorum_loss_duration(-1s).in_range());
    EXPECT_TRUE(rest::backup_restore_timeout(24h).in_range());
}

TEST(BoundedDuration, ConvertsOnlyWithoutLoss)
{
    EXPECT_EQ(rest::server_timeout(2min).count(), 120);
    EXPECT_EQ(rest::backup_restore_timeout(2h).count(), 120);
    EXPECT_TRUE((std::is_convertible_v<std::chrono::minutes, rest::server_timeout>));
    EXPECT_FALSE((std::is_convertible_v<std::chrono::milliseconds, rest::server_timeout>));
    EXPECT_FALSE((std::is_convertible_v<std::chrono::seconds, rest::backup_restore_timeout>));
}

TEST(Filters, CombineAndValidate)
{
    using T = rest::operation_type_filter;
    using S = rest::operation_state_filter;
    T t = T::PartitionDataLoss | T::NodeTransition;
    EXPECT_EQ(static_cast<int>(t), 9);
    EXPECT_TRUE(rest::contains(t, T::NodeTransition));
    EXPECT_FALSE(rest::contains(t, T::PartitionRestart));
    t |= T::PartitionRestart;
    EXPECT_TRUE(rest::contains(t, T::PartitionRestart));
    EXPECT_TRUE(rest::is_valid(t));
    EXPECT_TRUE(rest::is_valid(T::All));
    EXPECT_TRUE(rest::is_valid(T::PartitionDataLoss | T::PartitionQuorumLoss | T::PartitionRestart | T::NodeTransition));
    EXPECT_FALSE(rest::is_valid(static_cast<T>(0)));
    EXPECT_FALSE(rest::is_valid(static_cast<T>(16)));
    EXPECT_FALSE(rest::is_valid(static_cast<T>(0xFF)));

    EXPECT_EQ(static_cast<int>(S::Completed | S::Faulted | S::Cancelled | S::ForceCancelled), 120);
    EXPECT_TRUE(rest::is_valid(S::Running | S::RollingBack | S::Completed | S::Faulted | S::Cancelled |
                               S::ForceCancelled));
    EXPECT_FALSE(rest::is_valid(static_cast<S>(4)));
    EXPECT_FALSE(rest::is_valid(static_cast<S>(128)));
    EXPECT_FALSE(rest::is_valid(static_cast<S>(0)));
    EXPECT_TRUE(rest::is_valid(S::All));
}

} // namespace rest_parameters_test
} // namespace
