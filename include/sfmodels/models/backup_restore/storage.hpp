#ifndef SFMODELS_MODELS_BACKUP_RESTORE_STORAGE_HPP
#define SFMODELS_MODELS_BACKUP_RESTORE_STORAGE_HPP

#include <sfmodels/codec/discriminated.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace sfmodels {

enum class BackupStorageKind : std::uint8_t
{
    Invalid,
    FileShare,
    AzureBlobStore,
    DsmsAzureBlobStore,
    ManagedIdentityAzureBlobStore,
};
BOOST_DESCRIBE_ENUM(BackupStorageKind, Invalid, FileShare, AzureBlobStore, DsmsAzureBlobStore,
                    ManagedIdentityAzureBlobStore)

enum class ManagedIdentityType : std::uint8_t
{
    Invalid,
    VMSS,
    Cluster,
};
BOOST_DESCRIBE_ENUM(ManagedIdentityType, Invalid, VMSS, Cluster)

// The kinds of backup store. On the wire each is one object whose StorageKind
// member names the kind; these structs hold the other members. Members
// without a default are required.

/// StorageKind "FileShare": a UNC path, with optional credentials.
struct FileShareBackupStorageDescription
{
    std::optional<std::string> FriendlyName{};
    std::string Path;
    std::optional<std::string> PrimaryUserName{};
    std::optional<std::string> PrimaryPassword{};
    std::optional<std::string> SecondaryUserName{};
    std::optional<std::string> SecondaryPassword{};

    bool operator==(FileShareBackupStorageDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(FileShareBackupStorageDescription, (),
                      (FriendlyName, Path, PrimaryUserName, PrimaryPassword, SecondaryUserName, SecondaryPassword))

/// StorageKind "AzureBlobStore".
struct AzureBlobBackupStorageDescription
{
    std::optional<std::string> FriendlyName{};
    std::string ConnectionString;
    std::string ContainerName;

    bool operator==(AzureBlobBackupStorageDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(AzureBlobBackupStorageDescription, (), (FriendlyName, ConnectionString, ContainerName))

/// StorageKind "DsmsAzureBlobStore".
struct DsmsAzureBlobBackupStorageDescription
{
    std::optional<std::string> FriendlyName{};
    std::string StorageCredentialsSourceLocation;
    std::string ContainerName;

    bool operator==(DsmsAzureBlobBackupStorageDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(DsmsAzureBlobBackupStorageDescription, (),
                      (FriendlyName, StorageCredentialsSourceLocation, ContainerName))

/// StorageKind "ManagedIdentityAzureBlobStore".
struct ManagedIdentityAzureBlobBackupStorageDescription
{
    std::optional<std::string> FriendlyName{};
    open_enum<::sfmodels::ManagedIdentityType> ManagedIdentityType;
    std::string BlobServiceUri;
    std::string ContainerName;

    bool operator==(ManagedIdentityAzureBlobBackupStorageDescription const&) const = default;
};
BOOST_DESCRIBE_STRUCT(ManagedIdentityAzureBlobBackupStorageDescription, (),
                      (FriendlyName, ManagedIdentityType, BlobServiceUri, ContainerName))

/// Where a backup is stored; the alternatives follow BackupStorageKind's order.
using BackupStorageDescription =
    std::variant<FileShareBackupStorageDescription, AzureBlobBackupStorageDescription,
                 DsmsAzureBlobBackupStorageDescription, ManagedIdentityAzureBlobBackupStorageDescription>;

/// The kind an alternative is written with.
constexpr BackupStorageKind storage_kind(BackupStorageDescription const& s) noexcept
{
    return static_cast<BackupStorageKind>(s.index() + 1);
}

/// Every member any kind of backup store has, as read off the wire before the kind is known.
struct BackupStorageWire
{
    std::optional<std::string> StorageKind;
    std::optional<std::string> FriendlyName;
    std::optional<std::string> Path;
    std::optional<std::string> PrimaryUserName;
    std::optional<std::string> PrimaryPassword;
    std::optional<std::string> SecondaryUserName;
    std::optional<std::string> SecondaryPassword;
    std::optional<std::string> ConnectionString;
    std::optional<std::string> ContainerName;
    std::optional<std::string> StorageCredentialsSourceLocation;
    std::optional<open_enum<::sfmodels::ManagedIdentityType>> ManagedIdentityType;
    std::optional<std::string> BlobServiceUri;
};
BOOST_DESCRIBE_STRUCT(BackupStorageWire, (),
                      (StorageKind, FriendlyName, Path, PrimaryUserName, PrimaryPassword, SecondaryUserName,
                       SecondaryPassword, ConnectionString, ContainerName, StorageCredentialsSourceLocation,
                       ManagedIdentityType, BlobServiceUri))

template<>
struct discriminated<BackupStorageDescription>
{
    static constexpr std::string_view member = "StorageKind";
    static constexpr std::array<std::string_view, 4> kinds{"FileShare", "AzureBlobStore", "DsmsAzureBlobStore",
                                                           "ManagedIdentityAzureBlobStore"};
    using wire = BackupStorageWire;
};

} // namespace sfmodels

#endif
