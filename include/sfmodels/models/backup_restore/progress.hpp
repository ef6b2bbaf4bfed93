#ifndef SFMODELS_MODELS_BACKUP_RESTORE_PROGRESS_HPP
#define SFMODELS_MODELS_BACKUP_RESTORE_PROGRESS_HPP

#include <sfmodels/models/backup_restore/epoch.hpp>
#include <sfmodels/quoted.hpp>
#include <sfmodels/models/errors/fabric_error.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/uuid/uuid.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace sfmodels {

enum class BackupState : std::uint8_t
{
    Invalid,
    Accepted,
    BackupInProgress,
    Success,
    Failure,
    Timeout,
};
BOOST_DESCRIBE_ENUM(BackupState, Invalid, Accepted, BackupInProgress, Success, Failure, Timeout)

enum class RestoreState : std::uint8_t
{
    Invalid,
    Accepted,
    RestoreInProgress,
    Success,
    Failure,
    Timeout,
};
BOOST_DESCRIBE_ENUM(RestoreState, Invalid, Accepted, RestoreInProgress, Success, Failure, Timeout)

/// The body of GetPartitionBackupProgress. LsnOfLastBackupRecord is a string on the wire.
struct BackupProgressInfo
{
    std::optional<open_enum<::sfmodels::BackupState>> BackupState;
    std::optional<timestamp> TimeStampUtc;
    std::optional<boost::uuids::uuid> BackupId;
    std::optional<std::string> BackupLocation;   ///< relative to the backup store
    std::optional<Epoch> EpochOfLastBackupRecord;
    std::optional<quoted<std::int64_t>> LsnOfLastBackupRecord;
    std::optional<FabricErrorError> FailureError;   ///< sent as null on success

    bool operator==(BackupProgressInfo const&) const = default;
};
BOOST_DESCRIBE_STRUCT(BackupProgressInfo, (),
                      (BackupState, TimeStampUtc, BackupId, BackupLocation, EpochOfLastBackupRecord,
                       LsnOfLastBackupRecord, FailureError))

/// The body of GetPartitionRestoreProgress. RestoredLsn is a string on the wire.
struct RestoreProgressInfo
{
    std::optional<open_enum<::sfmodels::RestoreState>> RestoreState;
    std::optional<timestamp> TimeStampUtc;
    std::optional<Epoch> RestoredEpoch;
    std::optional<quoted<std::int64_t>> RestoredLsn;
    std::optional<FabricErrorError> FailureError;

    bool operator==(RestoreProgressInfo const&) const = default;
};
BOOST_DESCRIBE_STRUCT(RestoreProgressInfo, (), (RestoreState, TimeStampUtc, RestoredEpoch, RestoredLsn, FailureError))

} // namespace sfmodels

#endif
