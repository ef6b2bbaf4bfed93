#include <sfmodels/rest/operations/backup_restore.hpp>

#include "rest_support.hpp"

#include <sfmodels/codec/decode.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace {
namespace rest_backup_restore_test {

namespace rest = sfmodels::rest;
using namespace std::chrono_literals;
using sfmodels::test::rest::partition;
using sfmodels::test::rest::rejection_of;
using sfmodels::test::rest::target_of;
using sfmodels::test::rest::uuid;

std::string const partitions = "/Partitions/5e2a9c1f-4b7d-4e3a-9f60-1c8b2d7e4a35/$/";

template<class Op>
void expect_info(std::string_view method, std::string_view path, std::string_view api_version, unsigned status)
{
    SCOPED_TRACE(Op::info.name);
    EXPECT_EQ(Op::info.method, method);
    EXPECT_EQ(Op::info.path, path);
    EXPECT_EQ(Op::info.api_version, api_version);
    EXPECT_EQ(Op::info.success_status, status);
}

TEST(BackupRestoreOperations, MatchTheSpecificationTable)
{
    expect_info<rest::GetPartitionBackupProgress>("GET", "/Partitions/{partitionId}/$/GetBackupProgress", "6.4", 200);
    expect_info<rest::GetPartitionRestoreProgress>("GET", "/Partitions/{partitionId}/$/GetRestoreProgress", "6.4", 200);
    expect_info<rest::BackupPartition>("POST", "/Partitions/{partitionId}/$/Backup", "6.4", 202);
    expect_info<rest::RestorePartition>("POST", "/Partitions/{partitionId}/$/Restore", "6.4", 202);
    expect_info<rest::SkipRestorePartition>("POST", "/Partitions/{partitionId}/$/SkipAutoRestore", "9.1", 202);
    EXPECT_TRUE((std::is_same_v<rest::GetPartitionBackupProgress::response_type, sfmodels::BackupProgressInfo>));
    EXPECT_TRUE((std::is_same_v<rest::GetPartitionRestoreProgress::response_type, sfmodels::RestoreProgressInfo>));
    EXPECT_TRUE((std::is_same_v<rest::BackupPartition::response_type, rest::no_content>));
}

template<class T> constexpr bool value_initializable = requires { T{}; };

TEST(BackupRestoreOperations, PartitionIdIsRequiredByConstruction)
{
    EXPECT_FALSE(value_initializable<rest::GetPartitionBackupProgress>);
    EXPECT_FALSE(value_initializable<rest::GetPartitionRestoreProgress>);
    EXPECT_FALSE(value_initializable<rest::BackupPartition>);
    EXPECT_FALSE(value_initializable<rest::RestorePartition>);
    EXPECT_FALSE(value_initializable<rest::SkipRestorePartition>);
}

TEST(BackupRestoreOperations, ProgressTargets)
{
    EXPECT_EQ(target_of(rest::GetPartitionBackupProgress{.partitionId = partition}),
              partitions + "GetBackupProgress?api-version=6.4&timeout=60");
    EXPECT_EQ(target_of(rest::GetPartitionRestoreProgress{.partitionId = partition, .timeout = 90s}),
              partitions + "GetRestoreProgress?api-version=6.4&timeout=90");
}

TEST(BackupPartition, OptionalParametersAreSentOnlyWhenSet)
{
    rest::BackupPartition r{.partitionId = partition};
    EXPECT_EQ(target_of(r), partitions + "Backup?api-version=6.4&timeout=60");
    r.BackupTimeout = 1h;
    EXPECT_EQ(target_of(r), partitions + "Backup?api-version=6.4&BackupTimeout=60&timeout=60");
    r.BackupTimeout = -1min;
    EXPECT_EQ(rejection_of(r), "BackupTimeout: parameter value out of range");
    EXPECT_EQ(rest::validate(r).expected, "0 or more minutes");
}

TEST(BackupPartition, BodyIsOptional)
{
    rest::BackupPartition r{.partitionId = partition};
    EXPECT_EQ(rest::body(r), nullptr);
    std::string body = "stale";
    EXPECT_FALSE(rest::encode_body(r, body));
    EXPECT_EQ(body, "");
    char buf[8];
    auto const none = rest::encode_body(r, buf);
    EXPECT_TRUE(none.ok());
    EXPECT_EQ(none.size, 0u);

    r.BackupPartitionDescription = sfmodels::BackupPartitionDescription{
        sfmodels::FileShareBackupStorageDescription{.Path = "\\\\srv\\share"}};
    ASSERT_NE(rest::body(r), nullptr);
    EXPECT_FALSE(rest::encode_body(r, body));
    EXPECT_EQ(body, R"({"BackupStorage":{"StorageKind":"FileShare","Path":"\\\\srv\\share"}})");
    EXPECT_EQ(rest::encode_body(r, buf).code, sfmodels::error::buffer_too_small);
    // The body is not part of the target.
    EXPECT_EQ(target_of(r), partitions + "Backup?api-version=6.4&timeout=60");
}

TEST(RestorePartition, TargetAndBody)
{
    rest::RestorePartition r{.partitionId = partition, .Latest = true, .RestoreTimeout = 15min};
    EXPECT_EQ(target_of(r), partitions + "Restore?api-version=6.4&Latest=true&RestoreTimeout=15&timeout=60");
    r.Latest = false;
    r.RestoreTimeout.reset();
    EXPECT_EQ(target_of(r), partitions + "Restore?api-version=6.4&Latest=false&timeout=60");

    r.RestorePartitionDescription = sfmodels::RestorePartitionDescription{
        .BackupId = uuid("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"),
        .BackupLocation = "Shop\\Cart\\p\\2024-01-02 03.04.05.zip",
        .BackupStorage = sfmodels::ManagedIdentityAzureBlobBackupStorageDescription{
            .ManagedIdentityType = sfmodels::ManagedIdentityType::Cluster,
            .BlobServiceUri = "https://shop.blob.core.windows.net",
            .ContainerName = "backups"}};
    std::string body;
    ASSERT_FALSE(rest::encode_body(r, body));
    EXPECT_EQ(body, R"({"BackupId":"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",)"
                    R"("BackupLocation":"Shop\\Cart\\p\\2024-01-02 03.04.05.zip",)"
                    R"("BackupStorage":{"StorageKind":"ManagedIdentityAzureBlobStore","ManagedIdentityType":"Cluster",)"
                    R"("BlobServiceUri":"https://shop.blob.core.windows.net","ContainerName":"backups"}})");
    sfmodels::RestorePartitionDescription back;
    ASSERT_FALSE(sfmodels::decode(body, back));
    EXPECT_TRUE(back == *r.RestorePartitionDescription);
}

TEST(SkipRestorePartition, Target)
{
    rest::SkipRestorePartition r{.partitionId = partition};
    EXPECT_EQ(target_of(r), partitions + "SkipAutoRestore?api-version=9.1&timeout=60");
    r.RestoreTimeout = 0min;
    r.timeout = 4294967295s;
    EXPECT_EQ(target_of(r), partitions + "SkipAutoRestore?api-version=9.1&RestoreTimeout=0&timeout=4294967295");
    r.timeout = 4294967296s;
    EXPECT_EQ(rejection_of(r), "timeout: parameter value out of range");
    EXPECT_EQ(rest::validate(r).expected, "1..4294967295 seconds");
}

} // namespace rest_backup_restore_test
} // namespace
