#include <sfmodels/rest/request.hpp>

#include "rest_support.hpp"

#include <sfmodels/rest/operations/backup_restore.hpp>
#include <sfmodels/rest/operations/faults.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace {
namespace rest_request_test {

namespace rest = sfmodels::rest;
using namespace std::chrono_literals;
using sfmodels::test::rest::operation;
using sfmodels::test::rest::partition;
using sfmodels::test::rest::target_of;

rest::StartNodeTransition sample()
{
    return {.nodeName = "node with spaces", .OperationId = operation,
            .NodeTransitionType = sfmodels::NodeTransitionType::Stop, .NodeInstanceId = 42u,
            .StopDurationInSeconds = 700s};
}

TEST(Operation, ConceptAndBodies)
{
    EXPECT_TRUE(rest::operation<rest::StartDataLoss>);
    EXPECT_TRUE(rest::operation<rest::RestorePartition>);
    EXPECT_FALSE(rest::operation<sfmodels::PartitionDataLossProgress>);   // a model, not an operation
    EXPECT_FALSE(rest::has_body<rest::StartDataLoss>);
    EXPECT_FALSE(rest::has_body<rest::GetFaultOperationList>);
    EXPECT_TRUE(rest::has_body<rest::BackupPartition>);
    EXPECT_TRUE(rest::has_body<rest::RestorePartition>);
    EXPECT_FALSE(rest::has_body<rest::SkipRestorePartition>);
}

TEST(WriteTarget, ReturnsAViewOfTheCallersBuffer)
{
    std::vector<char> buf(512);
    auto const r = rest::write_target(sample(), buf);
    ASSERT_TRUE(r.ok()) << r.error.message();
    EXPECT_EQ(r.target.data(), buf.data());
    EXPECT_EQ(r.needed, r.target.size());
    EXPECT_EQ(rest::target_size(sample()), r.target.size());
}

// Every buffer shorter than the target fails without writing past its end.
TEST(WriteTarget, NeverWritesPastTheBuffer)
{
    std::string const expected = target_of(sample());
    constexpr std::size_t guard = 32;
    std::vector<char> memory(expected.size() + guard);
    for (std::size_t size = 0; size <= expected.size(); ++size) {
        std::fill(memory.begin(), memory.end(), '\xff');
        auto const r = rest::write_target(sample(), std::span<char>(memory.data(), size));
        if (size < expected.size()) {
            EXPECT_EQ(r.error.code, rest::errc::buffer_too_small) << size;
            EXPECT_TRUE(r.error.parameter.empty());
            EXPECT_TRUE(r.target.empty());
        } else {
            ASSERT_TRUE(r.ok()) << r.error.message();
            EXPECT_EQ(r.target, expected);
        }
        EXPECT_EQ(r.needed, expected.size());
        EXPECT_TRUE(std::all_of(memory.begin() + static_cast<std::ptrdiff_t>(size), memory.end(),
                                [](char c) { return c == '\xff'; }))
            << "wrote past a buffer of " << size;
    }
}

TEST(WriteTarget, InvalidParameterWinsOverASmallBuffer)
{
    auto op = sample();
    op.StopDurationInSeconds = 1s;
    char buf[4];
    auto const r = rest::write_target(op, buf);
    EXPECT_EQ(r.error.code, rest::errc::out_of_range_parameter);
    EXPECT_EQ(r.error.parameter, "StopDurationInSeconds");
    EXPECT_EQ(r.error.message(),
              "StopDurationInSeconds: parameter value out of range (expected 600..14400 seconds)");
    EXPECT_EQ(r.needed, 0u);
}

TEST(Validate, AcceptsValidOperations)
{
    EXPECT_FALSE(rest::validate(sample()));
    EXPECT_FALSE(rest::validate(rest::GetFaultOperationList{}));
    EXPECT_FALSE(rest::validate(rest::GetPartitionBackupProgress{.partitionId = partition}));
}

TEST(TargetSize, CountsEscapes)
{
    auto op = sample();
    std::size_t const plain = rest::target_size(op);
    op.nodeName = std::string(100, '#');   // each one becomes %23
    EXPECT_EQ(rest::target_size(op), plain - std::string("node with spaces").size() - 2 * 2 + 300);
}

} // namespace rest_request_test
} // namespace
