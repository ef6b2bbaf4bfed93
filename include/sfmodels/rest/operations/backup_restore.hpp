#ifndef SFMODELS_REST_OPERATIONS_BACKUP_RESTORE_HPP
#define SFMODELS_REST_OPERATIONS_BACKUP_RESTORE_HPP

#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/rest/duration.hpp>
#include <sfmodels/rest/request.hpp>
#include <sfmodels/rest/required.hpp>

#include <boost/describe/class.hpp>
#include <boost/uuid/uuid.hpp>

#include <chrono>
#include <optional>

namespace sfmodels::rest {

// The partition operations of the Backup Restore Service (api-version 6.4;
// SkipRestorePartition 9.1). Optional parameters left empty are not sent, so
// the cluster applies its defaults (10 minutes; Latest false).

struct GetPartitionBackupProgress
{
    static constexpr operation_info info{
        .name = "GetPartitionBackupProgress",
        .method = "GET",
        .path = "/Partitions/{partitionId}/$/GetBackupProgress",
        .api_version = "6.4",
        .success_status = 200,
    };
    using response_type = BackupProgressInfo;

    required<boost::uuids::uuid> partitionId;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetPartitionBackupProgress, (), (partitionId, timeout))

struct GetPartitionRestoreProgress
{
    static constexpr operation_info info{
        .name = "GetPartitionRestoreProgress",
        .method = "GET",
        .path = "/Partitions/{partitionId}/$/GetRestoreProgress",
        .api_version = "6.4",
        .success_status = 200,
    };
    using response_type = RestoreProgressInfo;

    required<boost::uuids::uuid> partitionId;
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(GetPartitionRestoreProgress, (), (partitionId, timeout))

/// Backs a partition up, to the store of its backup policy unless the body names one.
struct BackupPartition
{
    static constexpr operation_info info{
        .name = "BackupPartition",
        .method = "POST",
        .path = "/Partitions/{partitionId}/$/Backup",
        .api_version = "6.4",
        .success_status = 202,
    };
    using response_type = no_content;

    required<boost::uuids::uuid> partitionId;
    std::optional<::sfmodels::BackupPartitionDescription> BackupPartitionDescription{};   ///< the body
    std::optional<backup_restore_timeout> BackupTimeout{};
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(BackupPartition, (), (partitionId, BackupPartitionDescription, BackupTimeout, timeout))

/// Restores a partition from the backup the body names or, with Latest, from its latest backup.
struct RestorePartition
{
    static constexpr operation_info info{
        .name = "RestorePartition",
        .method = "POST",
        .path = "/Partitions/{partitionId}/$/Restore",
        .api_version = "6.4",
        .success_status = 202,
    };
    using response_type = no_content;

    required<boost::uuids::uuid> partitionId;
    std::optional<::sfmodels::RestorePartitionDescription> RestorePartitionDescription{};   ///< the body
    std::optional<bool> Latest{};
    std::optional<backup_restore_timeout> RestoreTimeout{};
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(RestorePartition, (), (partitionId, RestorePartitionDescription, Latest, RestoreTimeout, timeout))

/// Skips the restore a backup policy with AutoRestoreOnDataLoss started: the partition recovers from its replicas.
struct SkipRestorePartition
{
    static constexpr operation_info info{
        .name = "SkipRestorePartition",
        .method = "POST",
        .path = "/Partitions/{partitionId}/$/SkipAutoRestore",
        .api_version = "9.1",
        .success_status = 202,
    };
    using response_type = no_content;

    required<boost::uuids::uuid> partitionId;
    std::optional<backup_restore_timeout> RestoreTimeout{};
    server_timeout timeout = std::chrono::seconds(60);
};
BOOST_DESCRIBE_STRUCT(SkipRestorePartition, (), (partitionId, RestoreTimeout, timeout))

} // namespace sfmodels::rest

#endif
