#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/codec/kind_of.hpp>

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {
namespace backup_storage_test {

using sfmodels::error;

struct failure
{
    error code;
    std::string path;
};

template<class T>
failure decode_failure(std::string_view json)
{
    T v{};
    auto const r = sfmodels::decode(json, v);
    return {r ? static_cast<error>(r.code.value()) : error{}, std::string(r.path.view())};
}

TEST(BackupStorage, KindFollowsTheAlternative)
{
    using sfmodels::BackupStorageDescription;
    using sfmodels::kind_of;
    EXPECT_EQ(kind_of(BackupStorageDescription{sfmodels::FileShareBackupStorageDescription{}}), "FileShare");
    EXPECT_EQ(kind_of(BackupStorageDescription{sfmodels::AzureBlobBackupStorageDescription{}}), "AzureBlobStore");
    EXPECT_EQ(kind_of(BackupStorageDescription{sfmodels::DsmsAzureBlobBackupStorageDescription{}}),
              "DsmsAzureBlobStore");
    EXPECT_EQ(kind_of(BackupStorageDescription{sfmodels::ManagedIdentityAzureBlobBackupStorageDescription{}}),
              "ManagedIdentityAzureBlobStore");
}

TEST(BackupStorage, KindsMatchTheEnumSpellings)
{
    using traits = sfmodels::detail::family_traits<sfmodels::BackupStorageDescription>;
    for (std::size_t i = 0; i < traits::values.size(); ++i)
        EXPECT_EQ(traits::values[i],
                  sfmodels::detail::enum_table<sfmodels::BackupStorageKind>::name(
                      static_cast<sfmodels::BackupStorageKind>(i + 1)));
}

TEST(BackupStorage, DecodesTheAlternativeItsKindNames)
{
    sfmodels::BackupStorageDescription s;
    ASSERT_FALSE(sfmodels::decode(R"({"ContainerName":"c","StorageKind":"DsmsAzureBlobStore",)"
                                  R"("StorageCredentialsSourceLocation":"l"})",
                                  s));
    auto const* dsms = std::get_if<sfmodels::DsmsAzureBlobBackupStorageDescription>(&s);
    ASSERT_NE(dsms, nullptr);
    EXPECT_EQ(dsms->StorageCredentialsSourceLocation, "l");
    EXPECT_EQ(dsms->ContainerName, "c");
    EXPECT_FALSE(dsms->FriendlyName);
}

TEST(BackupStorage, UnknownKindIsAnError)
{
    auto const f = decode_failure<sfmodels::BackupStorageDescription>(R"({"StorageKind":"S3","Path":"p"})");
    EXPECT_EQ(f.code, error::unknown_kind);
    EXPECT_EQ(f.path, "/StorageKind");
    auto const nested = decode_failure<sfmodels::BackupPartitionDescription>(
        R"({"BackupStorage":{"StorageKind":"Invalid"}})");
    EXPECT_EQ(nested.code, error::unknown_kind);
    EXPECT_EQ(nested.path, "/BackupStorage/StorageKind");
}

TEST(BackupStorage, MissingKindIsAMissingMember)
{
    auto const f = decode_failure<sfmodels::BackupStorageDescription>(R"({"Path":"p"})");
    EXPECT_EQ(f.code, error::missing_member);
    EXPECT_EQ(f.path, "/StorageKind");
    EXPECT_EQ(decode_failure<sfmodels::BackupStorageDescription>(R"({"StorageKind":null,"Path":"p"})").code,
              error::missing_member);
}

TEST(BackupStorage, RequiredMembersOfEachKind)
{
    using S = sfmodels::BackupStorageDescription;
    EXPECT_EQ(decode_failure<S>(R"({"StorageKind":"FileShare","FriendlyName":"f"})").path, "/Path");
    EXPECT_EQ(decode_failure<S>(R"({"StorageKind":"AzureBlobStore","ContainerName":"c"})").path,
              "/ConnectionString");
    EXPECT_EQ(decode_failure<S>(R"({"StorageKind":"AzureBlobStore","ConnectionString":"x"})").path, "/ContainerName");
    EXPECT_EQ(decode_failure<S>(R"({"StorageKind":"DsmsAzureBlobStore","ContainerName":"c"})").path,
              "/StorageCredentialsSourceLocation");
    auto const mi = decode_failure<S>(
        R"({"StorageKind":"ManagedIdentityAzureBlobStore","BlobServiceUri":"u","ContainerName":"c"})");
    EXPECT_EQ(mi.code, error::missing_member);
    EXPECT_EQ(mi.path, "/ManagedIdentityType");
    // A member of another kind does not stand in for a missing one.
    EXPECT_EQ(decode_failure<S>(R"({"StorageKind":"FileShare","ContainerName":"c"})").path, "/Path");
}

TEST(RestorePartitionDescription, BackupIdAndLocationAreRequired)
{
    using R = sfmodels::RestorePartitionDescription;
    EXPECT_EQ(decode_failure<R>(R"({"BackupLocation":"l"})").path, "/BackupId");
    EXPECT_EQ(decode_failure<R>(R"({"BackupId":"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"})").path, "/BackupLocation");
    EXPECT_EQ(decode_failure<R>(R"({"BackupId":"nope","BackupLocation":"l"})").code, error::bad_uuid);
}

TEST(BackupStorage, EncodesKindFirst)
{
    sfmodels::BackupStorageDescription s = sfmodels::FileShareBackupStorageDescription{
        .FriendlyName = "f", .Path = "p", .SecondaryUserName = "u"};
    EXPECT_EQ(sfmodels::to_json(s), R"({"StorageKind":"FileShare","FriendlyName":"f","Path":"p","SecondaryUserName":"u"})");
    s = sfmodels::AzureBlobBackupStorageDescription{.ConnectionString = "cs", .ContainerName = "cn"};
    EXPECT_EQ(sfmodels::to_json(s), R"({"StorageKind":"AzureBlobStore","ConnectionString":"cs","ContainerName":"cn"})");
}

} // namespace backup_storage_test
} // namespace
