#include "payloads.hpp"

#include "payloads/text.hpp"

#include <array>
#include <cstdint>

namespace sfmodels::bench {

namespace {

std::string operation_list_json()
{
    static constexpr std::array<char const*, 6> states{"Completed", "Running", "Faulted",
                                                       "Completed", "Cancelled", "RollingBack"};
    static constexpr std::array<char const*, 4> types{"PartitionDataLoss", "PartitionQuorumLoss", "PartitionRestart",
                                                      "NodeTransition"};
    std::string s = "[";
    for (std::uint64_t i = 0; i < 1000; ++i) {
        if (i != 0)
            s += ',';
        s += R"({"OperationId":")" + make_uuid(i) + R"(","State":")" + states[i % states.size()] +
             R"(","Type":")" + types[i / 3 % types.size()] + R"("})";
    }
    s += ']';
    return s;
}

} // namespace

payload const& data_loss_completed()
{
    static payload const p{
        "PartitionDataLossProgress", "completed, with result",
        R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0,"SelectedPartition":{"ServiceName":)"
        R"("fabric:/myapp/myservice","PartitionId":"1daae3f5-7fd6-42e9-b1ba-8c05f873994d"}}})"};
    return p;
}

payload const& backup_success()
{
    static payload const p{
        "BackupProgressInfo", "success, escaped path, big epoch, null error",
        R"({"BackupState":"Success","TimeStampUtc":"2018-01-01T09:00:55.3478129Z",)"
        R"("BackupId":"eec6c1ae-9a8f-4d4e-b77f-2d1ef1e8e5b3",)"
        R"("BackupLocation":"CalcApp\\CalcService\\1daae3f5-7fd6-42e9-b1ba-8c05f873994d\\)"
        R"(2018-01-01 09.00.55.zip","EpochOfLastBackupRecord":{"ConfigurationVersion":"8589934592",)"
        R"("DataLossVersion":"131462452931584510"},"LsnOfLastBackupRecord":"261","FailureError":null})"};
    return p;
}

payload const& operation_list()
{
    static payload const p{"OperationStatusList", "1000 operations", operation_list_json()};
    return p;
}

std::vector<payload> const& all_payloads()
{
    static std::vector<payload> const all = [] {
        std::string const partition = R"("SelectedPartition":{"ServiceName":"fabric:/CalculatorApp/CalculatorService",)"
                                      R"("PartitionId":"1daae3f5-7fd6-42e9-b1ba-8c05f873994d"})";
        std::string const node = R"("NodeResult":{"NodeName":"_Node_0","NodeInstanceId":"131366982707950527"})";
        std::vector<payload> v{
            data_loss_completed(),
            {"PartitionQuorumLossProgress", "completed, with result",
             R"({"State":"Completed","InvokeQuorumLossResult":{"ErrorCode":0,)" + partition + "}}"},
            {"PartitionRestartProgress", "faulted, with result",
             R"({"State":"Faulted","RestartPartitionResult":{"ErrorCode":-2147017731,)" + partition + "}}"},
            {"NodeTransitionProgress", "completed, with result",
             R"({"State":"Completed","NodeTransitionResult":{"ErrorCode":0,)" + node + "}}"},
            {"InvokeDataLossResult", "completed", R"({"ErrorCode":0,)" + partition + "}"},
            {"InvokeQuorumLossResult", "completed", R"({"ErrorCode":0,)" + partition + "}"},
            {"RestartPartitionResult", "faulted", R"({"ErrorCode":-2147017731,)" + partition + "}"},
            {"NodeTransitionResult", "completed", R"({"ErrorCode":0,)" + node + "}"},
            {"SelectedPartition", "full", "{" + partition.substr(partition.find('{') + 1)},
            {"NodeResult", "full", "{" + node.substr(node.find('{') + 1)},
            {"OperationStatus", "running",
             R"({"OperationId":"7216486c-1ee9-4b00-99b2-92b26fcb07f5","State":"Running","Type":"PartitionDataLoss"})"},
            operation_list(),
            backup_success(),
            {"RestoreProgressInfo", "success",
             R"({"RestoreState":"Success","TimeStampUtc":"2018-01-01T09:00:55Z","RestoredEpoch":)"
             R"({"ConfigurationVersion":"8589934592","DataLossVersion":"131462452931584510"},)"
             R"("RestoredLsn":"261","FailureError":null})"},
            {"Epoch", "big numbers", R"({"ConfigurationVersion":"8589934592","DataLossVersion":"131462452931584510"})"},
            {"FabricError", "not found",
             R"({"Error":{"Code":"FABRIC_E_PARTITION_NOT_FOUND","Message":"Partition 1daae3f5-7fd6-42e9-)"
             R"(b1ba-8c05f873994d does not exist.\r\nParameter name: partitionId"}})"},
            {"FabricErrorError", "unknown code", R"({"Code":"E_UNEXPECTED","Message":"Restore failed."})"},
            {"BackupStorageDescription", "Azure blob store",
             R"({"StorageKind":"AzureBlobStore","FriendlyName":"nightly","ConnectionString":)"
             R"("DefaultEndpointsProtocol=https;AccountName=sfbackups;AccountKey=c2VjcmV0;EndpointSuffix=)"
             R"(core.windows.net","ContainerName":"calculator"})"},
            {"BackupPartitionDescription", "file share",
             R"({"BackupStorage":{"StorageKind":"FileShare","FriendlyName":"share","Path":"\\\\fs01\\backups\\)"
             R"(calculator","PrimaryUserName":"CONTOSO\\svc-backup"}})"},
            {"RestorePartitionDescription", "with backup location",
             R"({"BackupId":"eec6c1ae-9a8f-4d4e-b77f-2d1ef1e8e5b3","BackupLocation":"CalculatorApp\\)"
             R"(CalculatorService\\1daae3f5-7fd6-42e9-b1ba-8c05f873994d\\2018-01-01 09.00.55.zip"})"},
        };
        return v;
    }();
    return all;
}

std::vector<payload> const& heavy_payloads()
{
    static std::vector<payload> const all{node_list(), cluster_health(), event_list()};
    return all;
}

} // namespace sfmodels::bench
