// Runs the data-loss workflow of examples/data_loss_workflow over real HTTP,
// through sfmodels::client with plain HTTP allowed explicitly, against a
// loopback server that plays the cluster (and closes each connection after
// its reply, so the client connects again for every request).
#include "workflow.hpp"

#include "loopback_server.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <string>

namespace {

using example::outcome;
using sfmodels::test::loopback_server;
using namespace std::chrono_literals;

constexpr std::string_view partition_text = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
constexpr std::string_view operation_text = "f00dfeed-0000-4000-8000-00000000abcd";

boost::uuids::uuid uuid(std::string_view text)
{
    boost::uuids::uuid u{};
    EXPECT_TRUE(sfmodels::detail::parse_uuid(text, u));
    return u;
}

example::workflow_options options(std::string_view service = "fabric:/shop/cart")
{
    return {.service = service,
            .partition = uuid(partition_text),
            .operation_id = uuid(operation_text),
            .mode = sfmodels::DataLossMode::FullDataLoss,
            .poll_interval = 5ms,
            .deadline = 5s};
}

std::string const partition_path =
    "/Faults/Services/shop~cart/$/GetPartitions/" + std::string(partition_text) + "/$/";
std::string const start_target = partition_path + "StartDataLoss?api-version=6.0&OperationId=" +
                                 std::string(operation_text) + "&DataLossMode=FullDataLoss&timeout=60";
std::string const progress_target =
    partition_path + "GetDataLossProgress?api-version=6.0&OperationId=" + std::string(operation_text) + "&timeout=60";
std::string const cancel_target =
    "/Faults/$/Cancel?api-version=6.0&OperationId=" + std::string(operation_text) + "&Force=false&timeout=60";

std::string const completed = R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0,"SelectedPartition":)"
                              R"({"ServiceName":"fabric:/shop/cart","PartitionId":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}}})";

// A cluster whose data loss runs for `running` polls, then reports `final`.
struct fake_cluster
{
    int running = 2;
    std::string final = completed;
    std::atomic<int> polls{0};
    std::atomic<bool> cancelled{false};

    std::optional<loopback_server::reply> operator()(loopback_server::request const& r)
    {
        if (r.target.find("/$/StartDataLoss?") != std::string::npos)
            return loopback_server::reply{202, ""};
        if (r.target.starts_with("/Faults/$/Cancel?")) {
            cancelled = true;
            return loopback_server::reply{200, ""};
        }
        if (r.target.find("/$/GetDataLossProgress?") != std::string::npos) {
            if (cancelled)
                return loopback_server::reply{200, R"({"State":"Cancelled"})"};
            return loopback_server::reply{200, ++polls <= running ? R"({"State":"Running"})" : final};
        }
        return loopback_server::reply{404, R"({"Error":{"Code":"E_INVALIDARG","Message":"no such route"}})"};
    }
};

struct run
{
    example::workflow_result result;
    std::string log;
    std::vector<loopback_server::request> requests;
};

sfmodels::client::call_error open_http(sfmodels::client::connection& c, loopback_server const& server)
{
    sfmodels::client::connection_options o;
    o.allow_insecure_http = true;
    return c.open("http://127.0.0.1:" + server.port(), o);
}

run run_against(loopback_server::handler h, example::workflow_options const& o = options(),
                std::chrono::milliseconds timeout = 2s)
{
    loopback_server server(std::move(h));
    sfmodels::client::connection http;
    EXPECT_FALSE(open_http(http, server));
    std::ostringstream log;
    auto with_timeout = o;
    with_timeout.call.timeout = timeout;
    run r{example::run_data_loss_workflow(http, with_timeout, log), log.str(), {}};
    r.requests = server.requests();
    return r;
}

TEST(DataLossWorkflow, RunningThenCompleted)
{
    fake_cluster cluster;
    auto const r = run_against(std::ref(cluster));
    ASSERT_EQ(r.result.result, outcome::completed) << r.result.message;
    EXPECT_EQ(r.result.polls, 3);
    EXPECT_EQ(r.result.message,
              "data loss Completed, error code 0, partition 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d of fabric:/shop/cart");
    EXPECT_EQ(r.log, "started data loss f00dfeed-0000-4000-8000-00000000abcd\n"
                     "state: Running\nstate: Running\nstate: Completed\n");
    ASSERT_EQ(r.requests.size(), 4u);
    EXPECT_EQ(r.requests[0].method, "POST");
    EXPECT_EQ(r.requests[0].target, start_target);
    EXPECT_EQ(r.requests[0].body, "");
    for (std::size_t i = 1; i < 4; ++i) {
        EXPECT_EQ(r.requests[i].method, "GET");
        EXPECT_EQ(r.requests[i].target, progress_target);
    }
}

TEST(DataLossWorkflow, Faulted)
{
    fake_cluster cluster;
    cluster.running = 0;
    cluster.final = R"({"State":"Faulted","InvokeDataLossResult":{"ErrorCode":-2147017731}})";
    auto const r = run_against(std::ref(cluster));
    EXPECT_EQ(r.result.result, outcome::faulted);
    EXPECT_EQ(r.result.message, "data loss Faulted, error code -2147017731");
    EXPECT_EQ(r.result.polls, 1);
}

TEST(DataLossWorkflow, CancelSendsCancelOperationAndWaitsForCancelled)
{
    fake_cluster cluster;
    cluster.running = 1000;
    auto o = options();
    o.cancel_requested = [&] { return cluster.polls >= 2; };
    auto const r = run_against(std::ref(cluster), o);
    EXPECT_EQ(r.result.result, outcome::cancelled) << r.result.message;
    EXPECT_EQ(r.result.message, "data loss Cancelled");
    EXPECT_NE(r.log.find("cancel requested\nstate: Cancelled\n"), std::string::npos) << r.log;
    int cancels = 0;
    for (auto const& q : r.requests)
        if (q.target == cancel_target) {
            EXPECT_EQ(q.method, "POST");
            ++cancels;
        }
    EXPECT_EQ(cancels, 1);
}

TEST(DataLossWorkflow, FabricErrorFromStartStopsTheWorkflow)
{
    auto const r = run_against([](loopback_server::request const&) {
        return loopback_server::reply{404, R"({"Error":{"Code":"FABRIC_E_PARTITION_NOT_FOUND","Message":"gone"}})"};
    });
    EXPECT_EQ(r.result.result, outcome::failed);
    EXPECT_EQ(r.result.message, "StartDataLoss: HTTP 404: FABRIC_E_PARTITION_NOT_FOUND: gone");
    EXPECT_EQ(r.result.polls, 0);
    EXPECT_EQ(r.requests.size(), 1u);
}

TEST(DataLossWorkflow, ErrorBodyThatIsNotAFabricError)
{
    fake_cluster cluster;
    auto const r = run_against([&](loopback_server::request const& q) -> std::optional<loopback_server::reply> {
        if (q.method == "GET")
            return loopback_server::reply{502, "<html><body>Bad Gateway</body></html>"};
        return cluster(q);
    });
    EXPECT_EQ(r.result.result, outcome::failed);
    EXPECT_TRUE(r.result.message.starts_with(
        "GetDataLossProgress: HTTP 502: error response body is not a FabricError: invalid JSON at /"))
        << r.result.message;
}

TEST(DataLossWorkflow, ProgressBodyThatDoesNotDecode)
{
    fake_cluster cluster;
    cluster.running = 0;
    cluster.final = R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":"zero"}})";
    auto const r = run_against(std::ref(cluster));
    EXPECT_EQ(r.result.result, outcome::failed);
    EXPECT_TRUE(r.result.message.starts_with("GetDataLossProgress: HTTP 200: response body does not decode: "
                                             "not an integer at /InvokeDataLossResult/ErrorCode (offset "))
        << r.result.message;
}

TEST(DataLossWorkflow, UnansweredRequestTimesOut)
{
    auto const begin = std::chrono::steady_clock::now();
    auto const r = run_against([](loopback_server::request const&) { return std::optional<loopback_server::reply>(); },
                               options(), 300ms);
    auto const took = std::chrono::steady_clock::now() - begin;
    EXPECT_EQ(r.result.result, outcome::failed);
    EXPECT_TRUE(r.result.message.starts_with("StartDataLoss: ")) << r.result.message;
    EXPECT_LT(took, 5s);
}

TEST(DataLossWorkflow, InvalidServiceNameFailsBeforeAnyRequest)
{
    fake_cluster cluster;
    auto o = options();
    o.service = sfmodels::rest::service_id::from_name("shop/cart");
    auto const r = run_against(std::ref(cluster), o);
    EXPECT_EQ(r.result.result, outcome::failed);
    EXPECT_EQ(r.result.message,
              "StartDataLoss: serviceId: not a fabric: service name (expected fabric:/application/service)");
    EXPECT_TRUE(r.requests.empty());
}

TEST(DataLossWorkflow, ServiceNameIsEscapedOnTheWire)
{
    fake_cluster cluster;
    cluster.running = 0;
    auto const r = run_against(std::ref(cluster), options("fabric:/my shop/cart#1"));
    ASSERT_EQ(r.result.result, outcome::completed) << r.result.message;
    ASSERT_FALSE(r.requests.empty());
    EXPECT_TRUE(r.requests[0].target.starts_with("/Faults/Services/my%20shop~cart%231/$/GetPartitions/"))
        << r.requests[0].target;
}

// A body goes over the wire as the codec wrote it.
TEST(BackupOverHttp, BodyAndProgress)
{
    loopback_server server([](loopback_server::request const& q) -> std::optional<loopback_server::reply> {
        if (q.method == "POST")
            return loopback_server::reply{202, ""};
        return loopback_server::reply{200, R"({"BackupState":"Success","BackupId":"a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4",)"
                                           R"("LsnOfLastBackupRecord":"3000000000","FailureError":null})"};
    });
    sfmodels::client::connection http;
    ASSERT_FALSE(open_http(http, server));
    namespace rest = sfmodels::rest;
    rest::BackupPartition const backup{
        .partitionId = uuid(partition_text),
        .BackupPartitionDescription = sfmodels::BackupPartitionDescription{
            sfmodels::AzureBlobBackupStorageDescription{.ConnectionString = "UseDevelopmentStorage=true",
                                                        .ContainerName = "b"}},
        .BackupTimeout = 30min};
    rest::response<rest::BackupPartition> accepted;
    std::string error;
    ASSERT_TRUE(example::call(http, backup, accepted, error)) << error;
    rest::response<rest::GetPartitionBackupProgress> progress;
    ASSERT_TRUE(example::call(http, rest::GetPartitionBackupProgress{.partitionId = uuid(partition_text)}, progress,
                              error))
        << error;
    EXPECT_TRUE(rest::is_finished(progress.value()));
    EXPECT_EQ(progress.value().LsnOfLastBackupRecord, 3000000000);

    auto const seen = server.requests();
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].target, "/Partitions/" + std::string(partition_text) +
                                  "/$/Backup?api-version=6.4&BackupTimeout=30&timeout=60");
    EXPECT_EQ(seen[0].content_type, "application/json");
    EXPECT_EQ(seen[0].body, R"({"BackupStorage":{"StorageKind":"AzureBlobStore",)"
                            R"("ConnectionString":"UseDevelopmentStorage=true","ContainerName":"b"}})");
    EXPECT_EQ(seen[1].method, "GET");
    EXPECT_EQ(seen[1].target, "/Partitions/" + std::string(partition_text) + "/$/GetBackupProgress?api-version=6.4&timeout=60");
}

} // namespace
