#ifndef SFMODELS_REST_HTTP_STATUS_HPP
#define SFMODELS_REST_HTTP_STATUS_HPP

#include <sfmodels/models/errors.hpp>

namespace sfmodels::rest {

/** The HTTP status the specification documents for an error code.

    The specification groups the codes by status. FABRIC_E_VALUE_TOO_LARGE
    is listed under both 413 and 503; this gives 413, the first listed and
    the one that names the condition (Payload Too Large). Clusters may send
    a code with another status; this is what the specification says, not a
    check of a response.
*/
constexpr unsigned http_status_of(FabricErrorCodes code) noexcept
{
    switch (code) {
    case FabricErrorCodes::FABRIC_E_INVALID_PARTITION_KEY:
    case FabricErrorCodes::FABRIC_E_IMAGEBUILDER_VALIDATION_ERROR:
    case FabricErrorCodes::FABRIC_E_INVALID_ADDRESS:
    case FabricErrorCodes::FABRIC_E_APPLICATION_NOT_UPGRADING:
    case FabricErrorCodes::FABRIC_E_APPLICATION_UPGRADE_VALIDATION_ERROR:
    case FabricErrorCodes::FABRIC_E_FABRIC_NOT_UPGRADING:
    case FabricErrorCodes::FABRIC_E_FABRIC_UPGRADE_VALIDATION_ERROR:
    case FabricErrorCodes::FABRIC_E_INVALID_CONFIGURATION:
    case FabricErrorCodes::FABRIC_E_INVALID_NAME_URI:
    case FabricErrorCodes::FABRIC_E_PATH_TOO_LONG:
    case FabricErrorCodes::FABRIC_E_KEY_TOO_LARGE:
    case FabricErrorCodes::FABRIC_E_SERVICE_AFFINITY_CHAIN_NOT_SUPPORTED:
    case FabricErrorCodes::FABRIC_E_INVALID_ATOMIC_GROUP:
    case FabricErrorCodes::FABRIC_E_VALUE_EMPTY:
    case FabricErrorCodes::FABRIC_E_BACKUP_IS_ENABLED:
    case FabricErrorCodes::FABRIC_E_RESTORE_SOURCE_TARGET_PARTITION_MISMATCH:
    case FabricErrorCodes::FABRIC_E_INVALID_FOR_STATELESS_SERVICES:
    case FabricErrorCodes::FABRIC_E_INVALID_SERVICE_SCALING_POLICY:
    case FabricErrorCodes::E_INVALIDARG:
        return 400;
    case FabricErrorCodes::FABRIC_E_NODE_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_APPLICATION_TYPE_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_APPLICATION_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_SERVICE_TYPE_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_SERVICE_DOES_NOT_EXIST:
    case FabricErrorCodes::FABRIC_E_SERVICE_TYPE_TEMPLATE_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_CONFIGURATION_SECTION_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_PARTITION_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_REPLICA_DOES_NOT_EXIST:
    case FabricErrorCodes::FABRIC_E_SERVICE_GROUP_DOES_NOT_EXIST:
    case FabricErrorCodes::FABRIC_E_CONFIGURATION_PARAMETER_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_DIRECTORY_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_FABRIC_VERSION_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_FILE_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_NAME_DOES_NOT_EXIST:
    case FabricErrorCodes::FABRIC_E_PROPERTY_DOES_NOT_EXIST:
    case FabricErrorCodes::FABRIC_E_ENUMERATION_COMPLETED:
    case FabricErrorCodes::FABRIC_E_SERVICE_MANIFEST_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_KEY_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_HEALTH_ENTITY_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_BACKUP_NOT_ENABLED:
    case FabricErrorCodes::FABRIC_E_BACKUP_POLICY_NOT_EXISTING:
    case FabricErrorCodes::FABRIC_E_FAULT_ANALYSIS_SERVICE_NOT_EXISTING:
    case FabricErrorCodes::FABRIC_E_IMAGEBUILDER_RESERVED_DIRECTORY_ERROR:
        return 404;
    case FabricErrorCodes::FABRIC_E_APPLICATION_TYPE_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_APPLICATION_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_APPLICATION_ALREADY_IN_TARGET_VERSION:
    case FabricErrorCodes::FABRIC_E_APPLICATION_TYPE_PROVISION_IN_PROGRESS:
    case FabricErrorCodes::FABRIC_E_APPLICATION_UPGRADE_IN_PROGRESS:
    case FabricErrorCodes::FABRIC_E_SERVICE_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_SERVICE_GROUP_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_APPLICATION_TYPE_IN_USE:
    case FabricErrorCodes::FABRIC_E_FABRIC_ALREADY_IN_TARGET_VERSION:
    case FabricErrorCodes::FABRIC_E_FABRIC_VERSION_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_FABRIC_VERSION_IN_USE:
    case FabricErrorCodes::FABRIC_E_FABRIC_UPGRADE_IN_PROGRESS:
    case FabricErrorCodes::FABRIC_E_NAME_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_NAME_NOT_EMPTY:
    case FabricErrorCodes::FABRIC_E_PROPERTY_CHECK_FAILED:
    case FabricErrorCodes::FABRIC_E_SERVICE_METADATA_MISMATCH:
    case FabricErrorCodes::FABRIC_E_SERVICE_TYPE_MISMATCH:
    case FabricErrorCodes::FABRIC_E_HEALTH_STALE_REPORT:
    case FabricErrorCodes::FABRIC_E_SEQUENCE_NUMBER_CHECK_FAILED:
    case FabricErrorCodes::FABRIC_E_NODE_HAS_NOT_STOPPED_YET:
    case FabricErrorCodes::FABRIC_E_INSTANCE_ID_MISMATCH:
    case FabricErrorCodes::FABRIC_E_BACKUP_IN_PROGRESS:
    case FabricErrorCodes::FABRIC_E_RESTORE_IN_PROGRESS:
    case FabricErrorCodes::FABRIC_E_BACKUP_POLICY_ALREADY_EXISTING:
        return 409;
    case FabricErrorCodes::FABRIC_E_VALUE_TOO_LARGE:
        return 413;
    case FabricErrorCodes::FABRIC_E_NODE_IS_UP:
    case FabricErrorCodes::E_FAIL:
    case FabricErrorCodes::FABRIC_E_SINGLE_INSTANCE_APPLICATION_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_SINGLE_INSTANCE_APPLICATION_NOT_FOUND:
    case FabricErrorCodes::FABRIC_E_VOLUME_ALREADY_EXISTS:
    case FabricErrorCodes::FABRIC_E_VOLUME_NOT_FOUND:
    case FabricErrorCodes::SerializationError:
    case FabricErrorCodes::FABRIC_E_CERTIFICATE_NOT_FOUND:
        return 500;
    case FabricErrorCodes::FABRIC_E_NO_WRITE_QUORUM:
    case FabricErrorCodes::FABRIC_E_NOT_PRIMARY:
    case FabricErrorCodes::FABRIC_E_NOT_READY:
    case FabricErrorCodes::FABRIC_E_RECONFIGURATION_PENDING:
    case FabricErrorCodes::FABRIC_E_SERVICE_OFFLINE:
    case FabricErrorCodes::E_ABORT:
        return 503;
    case FabricErrorCodes::FABRIC_E_COMMUNICATION_ERROR:
    case FabricErrorCodes::FABRIC_E_OPERATION_NOT_COMPLETE:
    case FabricErrorCodes::FABRIC_E_TIMEOUT:
        return 504;
    }
    return 500;   // not an enumerator: the status of an unexpected server error
}

} // namespace sfmodels::rest

#endif
