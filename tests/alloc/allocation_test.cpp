// Decoding into a reused object and encoding into a caller's buffer make no
// heap allocation. This program replaces the global operator new to count.
#include "counting_new.hpp"

#include <support/shapes.hpp>

#include <sfmodels/codec.hpp>
#include "support/seed_types.hpp"

#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace {

using sfmodels_test::allocations_in;
using sfmodels_test::counting_scope;
using sfmodels_test::escape;

// ---- the counter itself

TEST(Counter, CountsAStringBeyondTheSmallBuffer)
{
    std::size_t n = allocations_in([] {
        std::string s(100, 'x');
        escape(s.data());
    });
    EXPECT_GE(n, 1u);
}

TEST(Counter, CountsEveryFormOfNew)
{
    counting_scope scope;
    void* plain = ::operator new(24);
    escape(plain);
    void* array = ::operator new[](24);
    escape(array);
    void* nothrow = ::operator new(24, std::nothrow);
    escape(nothrow);
    void* nothrow_array = ::operator new[](24, std::nothrow);
    escape(nothrow_array);
    void* aligned = ::operator new(24, std::align_val_t(64));
    escape(aligned);
    void* aligned_array = ::operator new[](24, std::align_val_t(64));
    escape(aligned_array);
    void* aligned_nothrow = ::operator new(24, std::align_val_t(64), std::nothrow);
    escape(aligned_nothrow);
    void* aligned_nothrow_array = ::operator new[](24, std::align_val_t(64), std::nothrow);
    escape(aligned_nothrow_array);
    auto object = std::make_unique<long double>(1.0L);
    escape(object.get());
    std::size_t const counted = scope.count();
    std::size_t const bytes = scope.bytes();

    EXPECT_EQ(counted, 9u);
    EXPECT_EQ(bytes, 8 * 24 + sizeof(long double));
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(aligned) % 64, 0u);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(aligned_nothrow_array) % 64, 0u);
    ::operator delete(plain, std::size_t(24));
    ::operator delete[](array);
    ::operator delete(nothrow, std::nothrow);
    ::operator delete[](nothrow_array, std::nothrow);
    ::operator delete(aligned, std::size_t(24), std::align_val_t(64));
    ::operator delete[](aligned_array, std::align_val_t(64));
    ::operator delete(aligned_nothrow, std::align_val_t(64), std::nothrow);
    ::operator delete[](aligned_nothrow_array, std::size_t(24), std::align_val_t(64));
}

TEST(Counter, CountsOnlyInsideTheScope)
{
    auto outside = std::make_unique<std::string>(100, 'y');
    escape(outside.get());
    counting_scope scope;
    EXPECT_EQ(scope.count(), 0u);
}

// ---- payloads: for each model a document A that engages every member, with
// strings beyond the small-string buffer and unknown enum spellings, and a
// document B of the same shape whose values are different and no longer.

struct payload_pair
{
    std::string a;
    std::string b;
};

std::string selected_partition(bool b)
{
    return b ? R"({"ServiceName":"fabric:/Inventory/StockLedgerWorker-02","PartitionId":"47c0d9e8-2b1a-4f3e-9d8c-7b6a5f4e3d2c"})"
             : R"({"ServiceName":"fabric:/Inventory/StockLedgerService-Primary","PartitionId":"9a7f3e21-6b0d-4c58-a2e9-4f81d0b6c3a5"})";
}

std::string node_result(bool b)
{
    return b ? R"({"NodeName":"nt1vm_000003.westeurope.contoso.net","NodeInstanceId":"18446744073709551615"})"
             : R"({"NodeName":"nt1vm_000017.westeurope.internal.contoso.net","NodeInstanceId":"131366982707950527"})";
}

std::string epoch(bool b)
{
    return b ? R"({"ConfigurationVersion":"-1","DataLossVersion":"261"})"
             : R"({"ConfigurationVersion":"8589934592","DataLossVersion":"131462452931584510"})";
}

std::string fabric_error_error(bool b)
{
    return b ? R"({"Code":"FABRIC_E_PARTITION_NOT_FOUND","Message":"Partition 9a7f3e21 was not found."})"
             : R"({"Code":"FABRIC_E_SOMETHING_NEWER_THAN_THE_SPEC","Message":"The restore failed: the backup belongs to a partition with a different key range."})";
}

std::string result(std::string_view target_name, std::string const& target, bool b)
{
    return (b ? R"({"ErrorCode":0,")" : R"({"ErrorCode":-2147017215,")") + std::string(target_name) + R"(":)" +
           target + "}";
}

std::string progress(std::string_view result_name, std::string const& r, bool b)
{
    return (b ? R"({"State":"Completed",")" : R"({"State":"WaitingForReplicaSetQuiescence",")") +
           std::string(result_name) + R"(":)" + r + "}";
}

std::string operation_status(std::size_t i, bool b)
{
    // Unknown spellings sit at the same places in A and B, and are shorter in B.
    static constexpr std::string_view states[] = {"Running",   "RollingBack", "Completed",
                                                  "Faulted",   "Cancelled",   "ForceCancelled"};
    static constexpr std::string_view types[] = {"PartitionDataLoss", "PartitionQuorumLoss", "PartitionRestart",
                                                 "NodeTransition"};
    std::size_t const k = i + (b ? 1 : 0);
    std::string_view const state =
        i % 10 == 3 ? (b ? "PendingSafetyCheck" : "AwaitingQuorumRestoration") : states[k % std::size(states)];
    std::string_view const type =
        i % 13 == 5 ? (b ? "PartitionMove" : "PartitionMoveSecondary") : types[k % std::size(types)];
    char id[64];
    int const n = std::snprintf(id, sizeof id, "%08zx-%04zx-4%03zx-8%03zx-%012zx", i * 2654435761u % 0xffffffffu,
                  (i + (b ? 7 : 0)) % 0xffff, i % 0xfff, (i * 7) % 0xfff, i * 40503u + (b ? 99 : 0));
    return R"({"OperationId":")" + std::string(id, static_cast<std::size_t>(n)) + R"(","State":")" + std::string(state) + R"(","Type":")" +
           std::string(type) + R"("})";
}

std::string operation_status_list(bool b)
{
    std::string s = "[";
    for (std::size_t i = 0; i < 1000; ++i) {
        if (i != 0)
            s += ',';
        s += operation_status(i, b);
    }
    return s + "]";
}

std::string backup_progress(bool b)
{
    return b ? R"({"BackupState":"Failure","TimeStampUtc":"2024-03-01T10:17:42.3Z","BackupId":"8d3b6f0e-4a1c-4f92-b7e5-0a9c8d7e6f51","BackupLocation":"Inventory\\StockLedger\\5c1e2f7a\\2024-03-01 10.15.00.zip","EpochOfLastBackupRecord":)" +
                   epoch(true) + R"(,"LsnOfLastBackupRecord":"48213","FailureError":)" + fabric_error_error(true) +
                   "}"
             : R"({"BackupState":"UploadingToSecondaryStore","TimeStampUtc":"2024-02-29T23:59:59.1234567Z","BackupId":"5c1e2f7a-93b4-4d0e-8a61-2f0c9b7d4e13","BackupLocation":"Inventory\\StockLedgerService\\5c1e2f7a-93b4-4d0e-8a61-2f0c9b7d4e13\\2024-02-29 23.59.59.zip","EpochOfLastBackupRecord":)" +
                   epoch(false) + R"(,"LsnOfLastBackupRecord":"9223372036854775807","FailureError":)" +
                   fabric_error_error(false) + "}";
}

std::string restore_progress(bool b)
{
    return b ? R"({"RestoreState":"Failure","TimeStampUtc":"0001-01-01T00:00:00Z","RestoredEpoch":)" + epoch(true) +
                   R"(,"RestoredLsn":"261","FailureError":)" + fabric_error_error(true) + "}"
             : R"({"RestoreState":"RestoreVerificationInProgress","TimeStampUtc":"2024-03-02T08:00:01.049+05:30","RestoredEpoch":)" +
                   epoch(false) + R"(,"RestoredLsn":"-9223372036854775808","FailureError":)" +
                   fabric_error_error(false) + "}";
}

std::string file_share(bool b)
{
    return b ? R"({"StorageKind":"FileShare","FriendlyName":"nightly-backups-northeurope","Path":"\\\\fileserver02.contoso.net\\SFBackups\\Inventory","PrimaryUserName":"CONTOSO\\svc-sf-backup-a","PrimaryPassword":"another long passphrase 2025","SecondaryUserName":"CONTOSO\\svc-sf-backup-b","SecondaryPassword":"yet another passphrase 25"})"
             : R"({"StorageKind":"FileShare","FriendlyName":"nightly-backups-westeurope-primary","Path":"\\\\fileserver01.contoso.net\\ServiceFabricBackups\\Inventory","PrimaryUserName":"CONTOSO\\svc-sf-backup-primary","PrimaryPassword":"correct horse battery staple 2024!","SecondaryUserName":"CONTOSO\\svc-sf-backup-secondary","SecondaryPassword":"Tr0ub4dor&3-rotated-quarterly-2024"})";
}

std::string backup_description(bool b)
{
    return b ? R"({"BackupStorage":{"StorageKind":"AzureBlobStore","FriendlyName":"blob-backups-northeurope","ConnectionString":"DefaultEndpointsProtocol=https;AccountName=contosodr;AccountKey=a2V5LWZvci10ZXN0cw==;EndpointSuffix=core.windows.net","ContainerName":"inventory-ledger-backups"}})"
             : R"({"BackupStorage":{"StorageKind":"AzureBlobStore","FriendlyName":"blob-backups-westeurope-primary","ConnectionString":"DefaultEndpointsProtocol=https;AccountName=contosobackups;AccountKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=;EndpointSuffix=core.windows.net","ContainerName":"inventory-stockledger-backups"}})";
}

std::string restore_description(bool b)
{
    return b ? R"({"BackupId":"0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f","BackupLocation":"Inventory\\StockLedger\\0c9d8e7f\\2024-03-01 10.15.00.zip","BackupStorage":{"StorageKind":"ManagedIdentityAzureBlobStore","FriendlyName":"managed-identity-blob","ManagedIdentityType":"Cluster","BlobServiceUri":"https://contosodr.blob.core.windows.net","ContainerName":"inventory-ledger-backups"}})"
             : R"({"BackupId":"5c1e2f7a-93b4-4d0e-8a61-2f0c9b7d4e13","BackupLocation":"Inventory\\StockLedgerService\\5c1e2f7a-93b4-4d0e-8a61-2f0c9b7d4e13\\2024-02-29 23.59.59.zip","BackupStorage":{"StorageKind":"ManagedIdentityAzureBlobStore","FriendlyName":"managed-identity-blob-store","ManagedIdentityType":"UserAssignedIdentity","BlobServiceUri":"https://contosobackups.blob.core.windows.net","ContainerName":"inventory-stockledger-backups"}})";
}

payload_pair pair_of(std::string (*f)(bool))
{
    return {f(false), f(true)};
}

std::map<std::string_view, payload_pair> const& payloads()
{
    static std::map<std::string_view, payload_pair> const m{
        {"SelectedPartition", pair_of(selected_partition)},
        {"NodeResult", pair_of(node_result)},
        {"Epoch", pair_of(epoch)},
        {"FabricErrorError", pair_of(fabric_error_error)},
        {"FabricError", {R"({"Error":)" + fabric_error_error(false) + "}", R"({"Error":)" + fabric_error_error(true) + "}"}},
        {"InvokeDataLossResult", {result("SelectedPartition", selected_partition(false), false),
                                  result("SelectedPartition", selected_partition(true), true)}},
        {"InvokeQuorumLossResult", {result("SelectedPartition", selected_partition(false), false),
                                    result("SelectedPartition", selected_partition(true), true)}},
        {"RestartPartitionResult", {result("SelectedPartition", selected_partition(false), false),
                                    result("SelectedPartition", selected_partition(true), true)}},
        {"NodeTransitionResult",
         {result("NodeResult", node_result(false), false), result("NodeResult", node_result(true), true)}},
        {"PartitionDataLossProgress",
         {progress("InvokeDataLossResult", result("SelectedPartition", selected_partition(false), false), false),
          progress("InvokeDataLossResult", result("SelectedPartition", selected_partition(true), true), true)}},
        {"PartitionQuorumLossProgress",
         {progress("InvokeQuorumLossResult", result("SelectedPartition", selected_partition(false), false), false),
          progress("InvokeQuorumLossResult", result("SelectedPartition", selected_partition(true), true), true)}},
        {"PartitionRestartProgress",
         {progress("RestartPartitionResult", result("SelectedPartition", selected_partition(false), false), false),
          progress("RestartPartitionResult", result("SelectedPartition", selected_partition(true), true), true)}},
        {"NodeTransitionProgress",
         {progress("NodeTransitionResult", result("NodeResult", node_result(false), false), false),
          progress("NodeTransitionResult", result("NodeResult", node_result(true), true), true)}},
        {"OperationStatus", {operation_status(83, false), operation_status(83, true)}},
        {"OperationStatusList", pair_of(operation_status_list)},
        {"BackupProgressInfo", pair_of(backup_progress)},
        {"RestoreProgressInfo", pair_of(restore_progress)},
        {"BackupStorageDescription", pair_of(file_share)},
        {"BackupPartitionDescription", pair_of(backup_description)},
        {"RestorePartitionDescription", pair_of(restore_description)},
    };
    return m;
}

// ---- every optional member engaged, at every depth

template<class T>
bool all_present(T const& v);

template<class T>
bool all_present_member(T const& m)
{
    if constexpr (sfmodels::detail::is_optional<T>::value)
        return m.has_value() && all_present_member(*m);
    else if constexpr (sfmodels::detail::polymorphic<T>)
        return std::visit([](auto const& alternative) { return all_present(alternative); }, m.as_variant());
    else if constexpr (sfmodels::detail::is_vector<T>::value) {
        for (auto const& e : m)
            if (!all_present_member(e))
                return false;
        return !m.empty();
    } else if constexpr (sfmodels::detail::described_struct<T>)
        return all_present(m);
    else
        return true;
}

template<class T>
bool all_present(T const& v)
{
    if constexpr (sfmodels::detail::described_struct<T>) {
        bool all = true;
        boost::mp11::mp_for_each<sfmodels::detail::members_of<T>>(
            [&](auto d) { all = all && all_present_member(v.*d.pointer); });
        return all;
    } else
        return all_present_member(v);
}


// ---- the measurements, one model at a time

template<class T>
void decode_in_pieces(sfmodels::decoder<T>& d, std::string_view s, std::size_t piece)
{
    for (; s.size() > piece; s.remove_prefix(piece))
        if (d.write(s.substr(0, piece)))
            return;
    d.finish(s);
}

struct figures
{
    std::size_t fresh = 0, again = 0, other = 0, back = 0, encode_span = 0, size = 0, encode_string = 0,
                decoder_whole = 0, decoder_chunked_first = 0, decoder_chunked_again = 0;
};

template<class W>
class Allocation : public testing::Test {};

using all_wire_types = boost::mp11::mp_rename<sfmodels::test::seed_types, testing::Types>;

struct wire_name
{
    template<class W>
    static std::string GetName(int)
    {
        return std::string(W::name);
    }
};

TYPED_TEST_SUITE(Allocation, all_wire_types, wire_name);

TYPED_TEST(Allocation, ReusedObjectsAndBuffersAllocateNothing)
{
    using T = typename TypeParam::type;
    auto const found = payloads().find(TypeParam::name);
    ASSERT_NE(found, payloads().end()) << "no payload for " << TypeParam::name;
    std::string const& a = found->second.a;
    std::string const& b = found->second.b;

    T expected_a{}, expected_b{};
    ASSERT_TRUE(sfmodels::decode(a, expected_a).ok()) << a;
    ASSERT_TRUE(sfmodels::decode(b, expected_b).ok()) << b;
    ASSERT_TRUE(all_present(expected_a)) << "payload A leaves a member out: " << a;
    ASSERT_TRUE(all_present(expected_b)) << "payload B leaves a member out: " << b;
    ASSERT_NE(expected_a, expected_b);
    auto const b_size = sfmodels::encoded_size(expected_b);
    ASSERT_TRUE(b_size.ok());

    figures f;
    sfmodels::decode_result r;
    auto v = std::make_unique<T>();
    f.fresh = allocations_in([&] { r = sfmodels::decode(a, *v); });
    ASSERT_TRUE(r.ok()) << r.message();
    f.again = allocations_in([&] { r = sfmodels::decode(a, *v); });
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(*v, expected_a);
    f.other = allocations_in([&] { r = sfmodels::decode(b, *v); });
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(*v, expected_b);
    f.back = allocations_in([&] { r = sfmodels::decode(a, *v); });
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(*v, expected_a);

    // encoding B, the object now holding A: written from the reused object
    ASSERT_TRUE(sfmodels::decode(b, *v).ok());
    std::vector<char> buffer(b_size.size + 64);
    sfmodels::encode_result e;
    f.encode_span = allocations_in([&] { e = sfmodels::encode(*v, std::span<char>(buffer)); });
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e.size, b_size.size);
    sfmodels::encode_result s;
    f.size = allocations_in([&] { s = sfmodels::encoded_size(*v); });
    EXPECT_EQ(s.size, b_size.size);
    std::string text;
    text.reserve(b_size.size);
    boost::system::error_code ec;
    f.encode_string = allocations_in([&] { ec = sfmodels::encode(*v, text); });
    EXPECT_FALSE(ec) << ec.message();
    EXPECT_EQ(text, std::string_view(buffer.data(), e.size));

    // a long-lived decoder over the same object
    sfmodels::decoder<T> d(*v);
    ASSERT_TRUE(d.finish(a).ok());
    f.decoder_whole = allocations_in([&] {
        d.reset(*v);
        r = d.finish(b);
    });
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(*v, expected_b);
    f.decoder_chunked_first = allocations_in([&] {
        d.reset(*v);
        decode_in_pieces(d, a, 7);
    });
    ASSERT_TRUE(d.result().ok()) << d.result().message();
    EXPECT_EQ(*v, expected_a);
    f.decoder_chunked_again = allocations_in([&] {
        d.reset(*v);
        decode_in_pieces(d, b, 7);
    });
    ASSERT_TRUE(d.result().ok()) << d.result().message();
    EXPECT_EQ(*v, expected_b);
    std::size_t const one_byte = allocations_in([&] {
        d.reset(*v);
        decode_in_pieces(d, a, 1);
    });
    ASSERT_TRUE(d.result().ok()) << d.result().message();
    EXPECT_EQ(*v, expected_a);

    EXPECT_EQ(f.again, 0u) << "decoding the same document again";
    EXPECT_EQ(f.other, 0u) << "decoding another document of the same shape";
    EXPECT_EQ(f.back, 0u) << "decoding the first document after the second";
    EXPECT_EQ(f.decoder_whole, 0u) << "decoder: whole document after reset";
    EXPECT_EQ(f.decoder_chunked_again, 0u) << "decoder: 7-byte pieces, second time";
    EXPECT_EQ(one_byte, 0u) << "decoder: 1-byte pieces after 7-byte pieces";
    EXPECT_EQ(f.encode_span, 0u) << "encode into a span";
    EXPECT_EQ(f.size, 0u) << "encoded_size";
    EXPECT_EQ(f.encode_string, 0u) << "encode into a string with capacity";
    if constexpr (!std::is_same_v<T, sfmodels::Epoch>) {
        EXPECT_GT(f.fresh, 0u) << "payload A should put something on the heap";
    }

    std::printf("[ allocs   ] %-28s A=%zu B=%zu bytes; fresh decode %zu, again %zu, other %zu, back %zu; "
                "encode span %zu, encoded_size %zu, encode string %zu; decoder whole %zu, "
                "7-byte pieces first %zu then %zu, 1-byte %zu\n",
                std::string(TypeParam::name).c_str(), a.size(), b.size(), f.fresh, f.again, f.other, f.back,
                f.encode_span, f.size, f.encode_string, f.decoder_whole, f.decoder_chunked_first,
                f.decoder_chunked_again, one_byte);
}

// ---- every valid fixture, decoded a second time into the same object

std::string read_file(std::filesystem::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(AllocationFixtures, EveryFixtureDecodesAgainAndEncodesWithoutAllocating)
{
    namespace fs = std::filesystem;
    std::size_t checked = 0;
    for (auto const& dir : fs::directory_iterator(SFMODELS_FIXTURE_DIR)) {
        std::string const type = dir.path().filename().string();
        for (auto const& file : fs::directory_iterator(dir.path())) {
            std::string const name = file.path().filename().string();
            if (file.path().extension() != ".json" || name.ends_with(".expected.json"))
                continue;
            std::string const json = read_file(file.path());
            bool const known = sfmodels::test::visit_seed_type(type, [&](auto w) {
                using T = typename decltype(w)::type;
                SCOPED_TRACE(type + "/" + name);
                T v{};
                ASSERT_TRUE(sfmodels::decode(json, v).ok());
                sfmodels::decode_result r;
                std::size_t const again = allocations_in([&] { r = sfmodels::decode(json, v); });
                EXPECT_TRUE(r.ok()) << r.message();
                EXPECT_EQ(again, 0u);
                auto const size = sfmodels::encoded_size(v);
                ASSERT_TRUE(size.ok());
                std::vector<char> buffer(size.size);
                std::string text;
                text.reserve(size.size);
                EXPECT_EQ(allocations_in([&] { sfmodels::encode(v, std::span<char>(buffer)); }), 0u);
                EXPECT_EQ(allocations_in([&] { sfmodels::encoded_size(v); }), 0u);
                EXPECT_EQ(allocations_in([&] { sfmodels::encode(v, text); }), 0u);
                ++checked;
            });
            if (!known)
                break;
        }
    }
    std::printf("[ allocs   ] %zu fixtures decoded again and encoded, none allocating\n", checked);
    EXPECT_GE(checked, 100u);
}

// A failed decode allocates nothing to report where it failed.
TEST(AllocationErrors, FailingDecodeOfAReusedObjectAllocatesNothing)
{
    sfmodels::OperationStatusList list;
    std::string const good = operation_status_list(false);
    ASSERT_TRUE(sfmodels::decode(good, list).ok());
    std::string bad = good;
    bad.replace(bad.rfind("\"OperationId\":\"") + 15, 4, "xyz!");
    sfmodels::decode_result r;
    EXPECT_EQ(allocations_in([&] { r = sfmodels::decode(bad, list); }), 0u);
    EXPECT_EQ(r.code, sfmodels::error::bad_uuid);
    EXPECT_EQ(r.path.view(), "/999/OperationId");
    EXPECT_EQ(allocations_in([&] { r = sfmodels::decode(std::string_view(good).substr(0, 5000), list); }), 0u);
    EXPECT_EQ(r.code, sfmodels::error::incomplete);
}

} // namespace

// ---- every shape of the specification (support/shapes.hpp): decoding a
// document again into the object that holds it allocates nothing, through
// decode() and through a reset decoder fed in pieces; encoding allocates nothing.

namespace shape_docs {

constexpr std::string_view events =
    R"([{"Kind":"NodeDown","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a11","TimeStamp":"2024-01-02T03:04:05Z",)"
    R"("NodeName":"a node name longer than any small string buffer","NodeInstance":12,"LastNodeUpAt":"2024-01-01T00:00:00Z"},)"
    R"({"Kind":"NodeUp","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a12","TimeStamp":"2024-01-02T03:04:05Z",)"
    R"("NodeName":"n2","NodeInstanceId":"18446744073709551615","Downtime":"PT1H30M","Attempts":3},)"
    R"({"Kind":"SomethingNewer","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a13","TimeStamp":"2024-01-02T03:04:05Z","X":[1]},)"
    R"({"Kind":"ClusterUpgradeStarted","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a14","TimeStamp":"2024-01-02T03:04:05Z",)"
    R"("OverallUpgradeElapsedTimeInMs":12.5,"FailureRatio":"0.25","Counters":{"a key longer than a small string":1,"b":2},)"
    R"("Details":{"x":[1,2.5e3,{"y":"a value longer than any small string buffer"}]}}])";

constexpr std::string_view service =
    R"({"ServiceKind":"Stateful","ServiceName":"fabric:/app/a service name longer than a small string",)"
    R"("PartitionDescription":{"PartitionScheme":"UniformInt64Range","Count":2,"LowKey":"-1","HighKey":"9"},)"
    R"("ScalingPolicies":[{"ScalingMechanism":{"Kind":"PartitionInstanceCount","MinInstanceCount":1,"MaxInstanceCount":5,)"
    R"("ScaleIncrement":1},"ScaleInterval":"PT1H30M"},{"ScalingMechanism":{"Kind":"AddRemoveIncrementalNamedPartition",)"
    R"("MinPartitionCount":1,"MaxPartitionCount":9,"ScaleIncrement":2}}],"TargetReplicaSetSize":3})";

constexpr std::string_view health =
    R"({"HealthEvaluation":{"Kind":"Nodes","AggregatedHealthState":"Error","TotalCount":3,"UnhealthyEvaluations":[)"
    R"({"HealthEvaluation":{"Kind":"Event","Description":"a description longer than any small string buffer"}},)"
    R"({"HealthEvaluation":{"Kind":"Nodes","UnhealthyEvaluations":[{"HealthEvaluation":{"Kind":"Event"}}]}}]}})";

} // namespace shape_docs

template<class T>
void expect_shape_reuse_allocates_nothing(std::string_view json)
{
    SCOPED_TRACE(std::string(json.substr(0, 60)));
    T v{};
    ASSERT_TRUE(sfmodels::decode(json, v).ok());
    sfmodels::decode_result r;
    EXPECT_EQ(allocations_in([&] { r = sfmodels::decode(json, v); }), 0u);
    EXPECT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(allocations_in([&] { r = sfmodels::detail::decode_reference(json, v); }), 0u);
    EXPECT_TRUE(r.ok()) << r.message();
    sfmodels::decoder<T> d(v);
    decode_in_pieces(d, json, 5);
    ASSERT_TRUE(d.result().ok()) << d.result().message();
    EXPECT_EQ(allocations_in([&] {
                  d.reset(v);
                  decode_in_pieces(d, json, 5);
              }),
              0u);
    EXPECT_TRUE(d.result().ok()) << d.result().message();
    std::string text;
    text.reserve(sfmodels::encoded_size(v).size);
    EXPECT_EQ(allocations_in([&] { sfmodels::encode(v, text); }), 0u);
}

TEST(ShapeAllocations, DecodingAgainAllocatesNothing)
{
    expect_shape_reuse_allocates_nothing<shapes::FabricEventList>(shape_docs::events);
    expect_shape_reuse_allocates_nothing<sfmodels::one_of<shapes::ServiceDescription>>(shape_docs::service);
    expect_shape_reuse_allocates_nothing<shapes::HealthEvaluationWrapper>(shape_docs::health);
}
