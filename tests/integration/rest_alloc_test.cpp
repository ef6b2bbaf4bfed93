// Writing a request target and reading a polled response allocate nothing.
// This program replaces the global operator new to count.
#include <sfmodels/rest.hpp>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <new>
#include <string_view>

namespace {

thread_local bool counting = false;
thread_local std::size_t allocations = 0;

template<class F>
std::size_t allocations_in(F&& f)
{
    allocations = 0;
    counting = true;
    f();
    counting = false;
    return allocations;
}

} // namespace

// The other forms of new and delete default to these.
void* operator new(std::size_t n)
{
    if (counting)
        ++allocations;
    if (void* p = std::malloc(n != 0 ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

namespace rest = sfmodels::rest;
using namespace std::chrono_literals;

boost::uuids::uuid const partition{{0x5e, 0x2a, 0x9c, 0x1f, 0x4b, 0x7d, 0x4e, 0x3a,
                                    0x9f, 0x60, 0x1c, 0x8b, 0x2d, 0x7e, 0x4a, 0x35}};

std::array<char, 64>* volatile sink;   // keeps the allocation below from being elided

TEST(Counter, Counts)
{
    EXPECT_EQ(allocations_in([] { sink = new std::array<char, 64>; }), 1u);
    delete sink;
}

TEST(RestAllocations, WriteTargetOfEveryOperation)
{
    std::array<char, 1024> buf;
    auto check = [&](auto const& op) {
        SCOPED_TRACE(op.info.name);
        EXPECT_EQ(allocations_in([&] {
                      auto const r = rest::write_target(op, buf);
                      EXPECT_TRUE(r.ok()) << r.error.message();
                      EXPECT_FALSE(rest::validate(op));
                      EXPECT_EQ(rest::target_size(op), r.target.size());
                  }),
                  0u);
    };
    // Long names and escapes too: the service name is rewritten while written.
    check(rest::StartDataLoss{.serviceId = "fabric:/a rather long application name/and its service name",
                              .partitionId = partition, .OperationId = partition,
                              .DataLossMode = sfmodels::DataLossMode::FullDataLoss});
    check(rest::GetDataLossProgress{.serviceId = "app~svc", .partitionId = partition, .OperationId = partition});
    check(rest::StartQuorumLoss{.serviceId = "app~svc", .partitionId = partition, .OperationId = partition,
                                .QuorumLossMode = sfmodels::QuorumLossMode::AllReplicas, .QuorumLossDuration = 1min});
    check(rest::GetQuorumLossProgress{.serviceId = "app~svc", .partitionId = partition, .OperationId = partition});
    check(rest::StartPartitionRestart{.serviceId = "app~svc", .partitionId = partition, .OperationId = partition,
                                      .RestartPartitionMode = sfmodels::RestartPartitionMode::OnlyActiveSecondaries});
    check(rest::GetPartitionRestartProgress{.serviceId = "app~svc", .partitionId = partition, .OperationId = partition});
    check(rest::StartNodeTransition{.nodeName = "a node name longer than any small string buffer",
                                    .OperationId = partition, .NodeTransitionType = sfmodels::NodeTransitionType::Stop,
                                    .NodeInstanceId = 1u, .StopDurationInSeconds = 600s});
    check(rest::GetNodeTransitionProgress{.nodeName = "n", .OperationId = partition});
    check(rest::GetFaultOperationList{});
    check(rest::CancelOperation{.OperationId = partition, .Force = true});
    check(rest::GetPartitionBackupProgress{.partitionId = partition});
    check(rest::GetPartitionRestoreProgress{.partitionId = partition});
    check(rest::BackupPartition{.partitionId = partition, .BackupTimeout = 5min});
    check(rest::RestorePartition{.partitionId = partition, .Latest = true, .RestoreTimeout = 5min});
    check(rest::SkipRestorePartition{.partitionId = partition, .RestoreTimeout = 5min});
}

TEST(RestAllocations, InvalidParameterAndSmallBuffer)
{
    rest::StartNodeTransition op{.nodeName = "n", .OperationId = partition,
                                 .NodeTransitionType = sfmodels::NodeTransitionType::Stop, .NodeInstanceId = 1u,
                                 .StopDurationInSeconds = 1s};
    std::array<char, 8> small;
    EXPECT_EQ(allocations_in([&] { EXPECT_TRUE(rest::write_target(op, small)); }), 0u);
    op.StopDurationInSeconds = 600s;
    EXPECT_EQ(allocations_in([&] { EXPECT_TRUE(rest::write_target(op, small)); }), 0u);
}

constexpr std::string_view completed =
    R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0,"SelectedPartition":)"
    R"({"ServiceName":"fabric:/an application name/that does not fit a small string","PartitionId":)"
    R"("5e2a9c1f-4b7d-4e3a-9f60-1c8b2d7e4a35"}}})";
constexpr std::string_view fabric_error =
    R"({"Error":{"Code":"FABRIC_E_NOT_PRIMARY","Message":"a message longer than a small string buffer holds"}})";

TEST(RestAllocations, PollingIntoOneResponse)
{
    rest::response<rest::GetDataLossProgress> r;
    r.read(200, completed);
    r.read(503, fabric_error);   // first reads fill the value and the error
    ASSERT_EQ(r.kind(), rest::response_kind::fabric_error);
    EXPECT_EQ(allocations_in([&] {
                  for (int i = 0; i < 100; ++i) {
                      r.read(200, completed);
                      EXPECT_TRUE(r.ok());
                      r.read(503, fabric_error);
                      EXPECT_EQ(r.kind(), rest::response_kind::fabric_error);
                      r.read(502, "<html>Bad Gateway</html>");
                      EXPECT_EQ(r.kind(), rest::response_kind::failure);
                      r.read(200, "{\"State\":");
                      EXPECT_EQ(r.kind(), rest::response_kind::failure);
                  }
              }),
              0u);
}

TEST(RestAllocations, NoContentResponses)
{
    rest::response<rest::StartDataLoss> r;
    EXPECT_EQ(allocations_in([&] {
                  r.read(202, "");
                  EXPECT_TRUE(r.ok());
              }),
              0u);
}

} // namespace
