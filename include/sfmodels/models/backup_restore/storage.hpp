#ifndef SFMODELS_MODELS_BACKUP_RESTORE_STORAGE_HPP
#define SFMODELS_MODELS_BACKUP_RESTORE_STORAGE_HPP

#include <sfmodels/codec/polymorphic.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/mp11/list.hpp>

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

/// Names the family of backup stores (it has no base struct: each kind holds all of its members).
struct backup_storage_kinds;

template<>
struct family<backup_storage_kinds>
{
    static constexpr std::string_view discriminator = "StorageKind";
    using kinds = boost::mp11::mp_list<kind<FileShareBackupStorageDescription, "FileShare">,
                                       kind<AzureBlobBackupStorageDescription, "AzureBlobStore">,
                                       kind<DsmsAzureBlobBackupStorageDescription, "DsmsAzureBlobStore">,
                                       kind<ManagedIdentityAzureBlobBackupStorageDescription,
                                            "ManagedIdentityAzureBlobStore">>;
};

/// Where a backup is stored: one of the kinds above, in BackupStorageKind's order.
using BackupStorageDescription = one_of<backup_storage_kinds>;

/// The kind an alternative is written with.
constexpr BackupStorageKind storage_kind(BackupStorageDescription const& s) noexcept
{
    return static_cast<BackupStorageKind>(s.index() + 1);
}

} // namespace sfmodels

#endif
