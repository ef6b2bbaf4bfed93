#include "support/seed_types.hpp"

#include <sfmodels/codec.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enumerators.hpp>

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {
namespace enums_test {

using namespace std::string_view_literals;
using sfmodels::open_enum;

// The four query-parameter modes appear in no response body; this stands in
// for a model so that their decode and encode are tested all the same.
struct QueryModes
{
    std::optional<open_enum<::sfmodels::DataLossMode>> DataLossMode;
    std::optional<open_enum<::sfmodels::QuorumLossMode>> QuorumLossMode;
    std::optional<open_enum<::sfmodels::RestartPartitionMode>> RestartPartitionMode;
    std::optional<open_enum<::sfmodels::NodeTransitionType>> NodeTransitionType;
};
BOOST_DESCRIBE_STRUCT(QueryModes, (), (DataLossMode, QuorumLossMode, RestartPartitionMode, NodeTransitionType))

// For each enum: its spellings in the specification's order, and a model
// member of that type to decode into and encode from.
template<class E> struct enum_case;

template<> struct enum_case<sfmodels::OperationState>
{
    static constexpr std::array spec{"Invalid"sv, "Running"sv, "RollingBack"sv, "Completed"sv,
                                     "Faulted"sv, "Cancelled"sv, "ForceCancelled"sv};
    using model = sfmodels::OperationStatus;
    static constexpr std::string_view member = "State";
    static auto value(model const& m) { return m.State; }
};

template<> struct enum_case<sfmodels::OperationType>
{
    static constexpr std::array spec{"Invalid"sv, "PartitionDataLoss"sv, "PartitionQuorumLoss"sv,
                                     "PartitionRestart"sv, "NodeTransition"sv};
    using model = sfmodels::OperationStatus;
    static constexpr std::string_view member = "Type";
    static auto value(model const& m) { return m.Type; }
};

template<> struct enum_case<sfmodels::BackupState>
{
    static constexpr std::array spec{"Invalid"sv, "Accepted"sv, "BackupInProgress"sv,
                                     "Success"sv, "Failure"sv,  "Timeout"sv};
    using model = sfmodels::BackupProgressInfo;
    static constexpr std::string_view member = "BackupState";
    static auto value(model const& m) { return m.BackupState; }
};

template<> struct enum_case<sfmodels::RestoreState>
{
    static constexpr std::array spec{"Invalid"sv, "Accepted"sv, "RestoreInProgress"sv,
                                     "Success"sv, "Failure"sv,  "Timeout"sv};
    using model = sfmodels::RestoreProgressInfo;
    static constexpr std::string_view member = "RestoreState";
    static auto value(model const& m) { return m.RestoreState; }
};

template<> struct enum_case<sfmodels::DataLossMode>
{
    static constexpr std::array spec{"Invalid"sv, "PartialDataLoss"sv, "FullDataLoss"sv};
    using model = QueryModes;
    static constexpr std::string_view member = "DataLossMode";
    static auto value(model const& m) { return m.DataLossMode; }
};

template<> struct enum_case<sfmodels::QuorumLossMode>
{
    static constexpr std::array spec{"Invalid"sv, "QuorumReplicas"sv, "AllReplicas"sv};
    using model = QueryModes;
    static constexpr std::string_view member = "QuorumLossMode";
    static auto value(model const& m) { return m.QuorumLossMode; }
};

template<> struct enum_case<sfmodels::RestartPartitionMode>
{
    static constexpr std::array spec{"Invalid"sv, "AllReplicasOrInstances"sv, "OnlyActiveSecondaries"sv};
    using model = QueryModes;
    static constexpr std::string_view member = "RestartPartitionMode";
    static auto value(model const& m) { return m.RestartPartitionMode; }
};

template<> struct enum_case<sfmodels::NodeTransitionType>
{
    static constexpr std::array spec{"Invalid"sv, "Start"sv, "Stop"sv};
    using model = QueryModes;
    static constexpr std::string_view member = "NodeTransitionType";
    static auto value(model const& m) { return m.NodeTransitionType; }
};

template<> struct enum_case<sfmodels::FabricErrorCodes>
{
    static constexpr std::array spec{
        "FABRIC_E_INVALID_PARTITION_KEY"sv,
        "FABRIC_E_IMAGEBUILDER_VALIDATION_ERROR"sv,
        "FABRIC_E_INVALID_ADDRESS"sv,
        "FABRIC_E_APPLICATION_NOT_UPGRADING"sv,
        "FABRIC_E_APPLICATION_UPGRADE_VALIDATION_ERROR"sv,
        "FABRIC_E_FABRIC_NOT_UPGRADING"sv,
        "FABRIC_E_FABRIC_UPGRADE_VALIDATION_ERROR"sv,
        "FABRIC_E_INVALID_CONFIGURATION"sv,
        "FABRIC_E_INVALID_NAME_URI"sv,
        "FABRIC_E_PATH_TOO_LONG"sv,
        "FABRIC_E_KEY_TOO_LARGE"sv,
        "FABRIC_E_SERVICE_AFFINITY_CHAIN_NOT_SUPPORTED"sv,
        "FABRIC_E_INVALID_ATOMIC_GROUP"sv,
        "FABRIC_E_VALUE_EMPTY"sv,
        "FABRIC_E_NODE_NOT_FOUND"sv,
        "FABRIC_E_APPLICATION_TYPE_NOT_FOUND"sv,
        "FABRIC_E_APPLICATION_NOT_FOUND"sv,
        "FABRIC_E_SERVICE_TYPE_NOT_FOUND"sv,
        "FABRIC_E_SERVICE_DOES_NOT_EXIST"sv,
        "FABRIC_E_SERVICE_TYPE_TEMPLATE_NOT_FOUND"sv,
        "FABRIC_E_CONFIGURATION_SECTION_NOT_FOUND"sv,
        "FABRIC_E_PARTITION_NOT_FOUND"sv,
        "FABRIC_E_REPLICA_DOES_NOT_EXIST"sv,
        "FABRIC_E_SERVICE_GROUP_DOES_NOT_EXIST"sv,
        "FABRIC_E_CONFIGURATION_PARAMETER_NOT_FOUND"sv,
        "FABRIC_E_DIRECTORY_NOT_FOUND"sv,
        "FABRIC_E_FABRIC_VERSION_NOT_FOUND"sv,
        "FABRIC_E_FILE_NOT_FOUND"sv,
        "FABRIC_E_NAME_DOES_NOT_EXIST"sv,
        "FABRIC_E_PROPERTY_DOES_NOT_EXIST"sv,
        "FABRIC_E_ENUMERATION_COMPLETED"sv,
        "FABRIC_E_SERVICE_MANIFEST_NOT_FOUND"sv,
        "FABRIC_E_KEY_NOT_FOUND"sv,
        "FABRIC_E_HEALTH_ENTITY_NOT_FOUND"sv,
        "FABRIC_E_APPLICATION_TYPE_ALREADY_EXISTS"sv,
        "FABRIC_E_APPLICATION_ALREADY_EXISTS"sv,
        "FABRIC_E_APPLICATION_ALREADY_IN_TARGET_VERSION"sv,
        "FABRIC_E_APPLICATION_TYPE_PROVISION_IN_PROGRESS"sv,
        "FABRIC_E_APPLICATION_UPGRADE_IN_PROGRESS"sv,
        "FABRIC_E_SERVICE_ALREADY_EXISTS"sv,
        "FABRIC_E_SERVICE_GROUP_ALREADY_EXISTS"sv,
        "FABRIC_E_APPLICATION_TYPE_IN_USE"sv,
        "FABRIC_E_FABRIC_ALREADY_IN_TARGET_VERSION"sv,
        "FABRIC_E_FABRIC_VERSION_ALREADY_EXISTS"sv,
        "FABRIC_E_FABRIC_VERSION_IN_USE"sv,
        "FABRIC_E_FABRIC_UPGRADE_IN_PROGRESS"sv,
        "FABRIC_E_NAME_ALREADY_EXISTS"sv,
        "FABRIC_E_NAME_NOT_EMPTY"sv,
        "FABRIC_E_PROPERTY_CHECK_FAILED"sv,
        "FABRIC_E_SERVICE_METADATA_MISMATCH"sv,
        "FABRIC_E_SERVICE_TYPE_MISMATCH"sv,
        "FABRIC_E_HEALTH_STALE_REPORT"sv,
        "FABRIC_E_SEQUENCE_NUMBER_CHECK_FAILED"sv,
        "FABRIC_E_NODE_HAS_NOT_STOPPED_YET"sv,
        "FABRIC_E_INSTANCE_ID_MISMATCH"sv,
        "FABRIC_E_VALUE_TOO_LARGE"sv,
        "FABRIC_E_NO_WRITE_QUORUM"sv,
        "FABRIC_E_NOT_PRIMARY"sv,
        "FABRIC_E_NOT_READY"sv,
        "FABRIC_E_RECONFIGURATION_PENDING"sv,
        "FABRIC_E_SERVICE_OFFLINE"sv,
        "E_ABORT"sv,
        "FABRIC_E_COMMUNICATION_ERROR"sv,
        "FABRIC_E_OPERATION_NOT_COMPLETE"sv,
        "FABRIC_E_TIMEOUT"sv,
        "FABRIC_E_NODE_IS_UP"sv,
        "E_FAIL"sv,
        "FABRIC_E_BACKUP_IS_ENABLED"sv,
        "FABRIC_E_RESTORE_SOURCE_TARGET_PARTITION_MISMATCH"sv,
        "FABRIC_E_INVALID_FOR_STATELESS_SERVICES"sv,
        "FABRIC_E_BACKUP_NOT_ENABLED"sv,
        "FABRIC_E_BACKUP_POLICY_NOT_EXISTING"sv,
        "FABRIC_E_FAULT_ANALYSIS_SERVICE_NOT_EXISTING"sv,
        "FABRIC_E_BACKUP_IN_PROGRESS"sv,
        "FABRIC_E_RESTORE_IN_PROGRESS"sv,
        "FABRIC_E_BACKUP_POLICY_ALREADY_EXISTING"sv,
        "FABRIC_E_INVALID_SERVICE_SCALING_POLICY"sv,
        "E_INVALIDARG"sv,
        "FABRIC_E_SINGLE_INSTANCE_APPLICATION_ALREADY_EXISTS"sv,
        "FABRIC_E_SINGLE_INSTANCE_APPLICATION_NOT_FOUND"sv,
        "FABRIC_E_VOLUME_ALREADY_EXISTS"sv,
        "FABRIC_E_VOLUME_NOT_FOUND"sv,
        "SerializationError"sv,
        "FABRIC_E_IMAGEBUILDER_RESERVED_DIRECTORY_ERROR"sv,
        "FABRIC_E_CERTIFICATE_NOT_FOUND"sv,
    };
    using model = sfmodels::FabricErrorError;
    static constexpr std::string_view member = "Code";
    static std::optional<open_enum<sfmodels::FabricErrorCodes>> value(model const& m) { return m.Code; }
};

template<class E>
std::vector<std::pair<E, std::string_view>> described()
{
    std::vector<std::pair<E, std::string_view>> out;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto d) { out.emplace_back(d.value, d.name); });
    return out;
}

std::string lower(std::string_view s)
{
    std::string r(s);
    for (char& c : r)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return r;
}

std::string upper(std::string_view s)
{
    std::string r(s);
    for (char& c : r)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return r;
}

// Flips the case of every other letter: "Running" -> "rUnNiNg".
std::string alternating(std::string_view s)
{
    std::string r(s);
    for (std::size_t i = 0; i < r.size(); i += 2)
        r[i] = r[i] >= 'a' && r[i] <= 'z' ? upper(r.substr(i, 1))[0] : lower(r.substr(i, 1))[0];
    return r;
}

template<class E>
class Enum : public testing::Test {};

using all_enums = testing::Types<sfmodels::OperationState, sfmodels::OperationType, sfmodels::BackupState,
                                 sfmodels::RestoreState, sfmodels::DataLossMode, sfmodels::QuorumLossMode,
                                 sfmodels::RestartPartitionMode, sfmodels::NodeTransitionType,
                                 sfmodels::FabricErrorCodes>;

class enum_names
{
public:
    template<class E>
    static std::string GetName(int) { return std::string(enum_case<E>::member); }
};

TYPED_TEST_SUITE(Enum, all_enums, enum_names);

TYPED_TEST(Enum, HasTheSpecificationsSpellingsInItsOrder)
{
    auto const enumerators = described<TypeParam>();
    auto const& spec = enum_case<TypeParam>::spec;
    ASSERT_EQ(enumerators.size(), spec.size());
    for (std::size_t i = 0; i < spec.size(); ++i) {
        EXPECT_EQ(enumerators[i].second, spec[i]);
        EXPECT_EQ(static_cast<std::size_t>(enumerators[i].first), i) << spec[i];
    }
}

TYPED_TEST(Enum, EveryEnumeratorIsKnownByItsSpelling)
{
    for (auto const& [e, name] : described<TypeParam>()) {
        open_enum<TypeParam> const by_name(name);
        EXPECT_TRUE(by_name.is_known()) << name;
        EXPECT_EQ(by_name.known(), std::optional<TypeParam>(e)) << name;
        EXPECT_TRUE(by_name == e) << name;
        EXPECT_EQ(by_name.spelling(), name);

        open_enum<TypeParam> const by_value(e);
        EXPECT_EQ(by_value.spelling(), name);
        EXPECT_TRUE(by_value == by_name) << name;
    }
}

TYPED_TEST(Enum, EveryCaseOfASpellingIsTheSameEnumerator)
{
    for (auto const& [e, name] : described<TypeParam>()) {
        for (std::string const& variant : {lower(name), upper(name), alternating(name)}) {
            open_enum<TypeParam> const v(variant);
            EXPECT_TRUE(v == e) << variant;
            EXPECT_EQ(v.spelling(), name) << variant;
        }
    }
}

TYPED_TEST(Enum, DecodingAnyCaseEncodesTheSpecificationsSpelling)
{
    using model = typename enum_case<TypeParam>::model;
    std::string_view const member = enum_case<TypeParam>::member;
    for (auto const& [e, name] : described<TypeParam>()) {
        std::string const canonical = "{\"" + std::string(member) + "\":\"" + std::string(name) + "\"}";
        for (std::string const& variant : {std::string(name), lower(name), upper(name), alternating(name)}) {
            std::string const json = "{\"" + std::string(member) + "\":\"" + variant + "\"}";
            model m{};
            auto const r = sfmodels::decode(json, m);
            ASSERT_FALSE(r) << r.message() << " in " << json;
            auto const v = enum_case<TypeParam>::value(m);
            ASSERT_TRUE(v.has_value()) << json;
            EXPECT_TRUE(*v == e) << json;
            EXPECT_EQ(sfmodels::to_json(m), canonical);
        }
    }
}

TYPED_TEST(Enum, DefaultIsTheFirstEnumeratorAndKnown)
{
    open_enum<TypeParam> const v;
    EXPECT_TRUE(v.is_known());
    EXPECT_EQ(v.spelling(), enum_case<TypeParam>::spec.front());
}

TEST(Enums, FabricErrorCodesHasExactlyTheSpecifications85AndNoInvalid)
{
    EXPECT_EQ(described<sfmodels::FabricErrorCodes>().size(), 85u);
    EXPECT_EQ(sfmodels::detail::enum_table<sfmodels::FabricErrorCodes>::size(), 85u);
    EXPECT_FALSE(open_enum<sfmodels::FabricErrorCodes>("Invalid").is_known());
}

TEST(Enums, EveryOtherEnumStartsWithInvalid)
{
    EXPECT_EQ(open_enum<sfmodels::OperationState>("Invalid"), sfmodels::OperationState{});
    EXPECT_EQ(open_enum<sfmodels::OperationType>("Invalid"), sfmodels::OperationType{});
    EXPECT_EQ(open_enum<sfmodels::BackupState>("Invalid"), sfmodels::BackupState{});
    EXPECT_EQ(open_enum<sfmodels::RestoreState>("Invalid"), sfmodels::RestoreState{});
    EXPECT_EQ(open_enum<sfmodels::DataLossMode>("Invalid"), sfmodels::DataLossMode{});
    EXPECT_EQ(open_enum<sfmodels::QuorumLossMode>("Invalid"), sfmodels::QuorumLossMode{});
    EXPECT_EQ(open_enum<sfmodels::RestartPartitionMode>("Invalid"), sfmodels::RestartPartitionMode{});
    EXPECT_EQ(open_enum<sfmodels::NodeTransitionType>("Invalid"), sfmodels::NodeTransitionType{});
}

} // namespace enums_test
} // namespace
