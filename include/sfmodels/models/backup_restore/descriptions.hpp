#ifndef SFMODELS_MODELS_BACKUP_RESTORE_DESCRIPTIONS_HPP
#define SFMODELS_MODELS_BACKUP_RESTORE_DESCRIPTIONS_HPP

#include <sfmodels/models/backup_restore/storage.hpp>

#include <boost/describe/class.hpp>
#include <boost/uuid/uuid.hpp>

#include <optional>
#include <string>

namespace sfmodels {

// The request bodies of BackupPartition and RestorePartition. Without a
// BackupStorage the cluster uses the store of the partition's backup policy.

/// The body of BackupPartition.
struct BackupPartitionDescription
{
    std::optional<BackupStorageDescription> BackupStorage{};

    bool operator==(BackupPartitionDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(BackupPartitionDescription, (), (BackupStorage))

/// The body of RestorePartition: which backup to restore, and from where.
struct RestorePartitionDescription
{
    boost::uuids::uuid BackupId{};
    std::string BackupLocation;   ///< relative to the backup store
    std::optional<BackupStorageDescription> BackupStorage{};

    bool operator==(RestorePartitionDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(RestorePartitionDescription, (), (BackupId, BackupLocation, BackupStorage))

} // namespace sfmodels

#endif
