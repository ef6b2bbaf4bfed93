// GetNodeInfoList's response: one page of 1000 nodes.

#include "../payloads.hpp"
#include "text.hpp"

#include <cstdint>
#include <string>

namespace sfmodels::bench {

namespace {

enum class node_state { up, down, disabling, disabled };

node_state state_of(std::uint64_t i)
{
    if (i % 97 == 13)
        return node_state::down;
    if (i % 125 == 42)
        return node_state::disabling;
    if (i % 250 == 101)
        return node_state::disabled;
    return node_state::up;
}

void write_deactivation(json_out& o, std::uint64_t i, node_state state)
{
    o.key("NodeDeactivationInfo").begin_object();
    if (state == node_state::disabling || state == node_state::disabled) {
        bool const done = state == node_state::disabled;
        char const* const intent = done ? "RemoveData" : "Restart";
        o.member("NodeDeactivationIntent", intent)
            .member("NodeDeactivationStatus", done ? "Completed" : "SafetyCheckInProgress");
        o.key("NodeDeactivationTask").begin_array().begin_object();
        o.key("NodeDeactivationTaskId")
            .begin_object()
            .member("Id", done ? std::string("Client") : "MR/" + make_uuid(i + 5000))
            .member("NodeDeactivationTaskType", done ? "Client" : "Infrastructure")
            .end_object();
        o.member("NodeDeactivationIntent", intent).end_object().end_array();
    } else {
        o.member("NodeDeactivationIntent", "Invalid").member("NodeDeactivationStatus", "None");
        o.key("NodeDeactivationTask").begin_array().end_array();
    }
    o.key("PendingSafetyChecks").begin_array().end_array();
    o.end_object();
}

void write_node(json_out& o, std::uint64_t i)
{
    char const* const type = node_type(i);
    node_state const state = state_of(i);
    bool const down = state == node_state::down;
    std::uint64_t const up_seconds = 3 * 86400 + mix(i) % 86400;
    std::uint64_t const now = 20 * 86400;

    o.begin_object();
    o.member("Name", node_name(i))
        .member("IpAddressOrFQDN", "10.0." + std::to_string(i / 250) + "." + std::to_string(i % 250 + 4))
        .member("Type", type)
        .member("CodeVersion", "9.1.1583.9590")
        .member("ConfigVersion", "3")
        .member("NodeStatus", down ? "Down" : state == node_state::up ? "Up" : state == node_state::disabling ? "Disabling" : "Disabled")
        .member("NodeUpTimeInSeconds", down ? std::string("0") : std::to_string(up_seconds))
        .member("HealthState", down ? "Error" : state != node_state::up || i % 53 == 7 ? "Warning" : "Ok")
        .member("IsSeedNode", i % 10 == 0 && i < 50)
        .member("UpgradeDomain", std::to_string(i % 5))
        .member("FaultDomain", "fd:/" + std::to_string(i % 3));
    o.key("Id").begin_object().member("Id", make_node_id(i)).end_object();
    o.member("InstanceId", std::to_string(133512345678901234 + mix(i + 1) % 1000000000));
    write_deactivation(o, i, state);
    o.member("IsStopped", false)
        .member("NodeDownTimeInSeconds", down ? std::to_string(600 + i) : std::string("0"))
        .member("NodeUpAt", utc_time(now - up_seconds - (down ? 86400 : 0), static_cast<std::uint32_t>(mix(i) % 10000000)))
        .member("NodeDownAt", down ? utc_time(now - 600 - i, 1250000) : std::string(never));
    if (i % 10 > 5)
        o.key("NodeTags").begin_array().value("ssd").value("rack-" + std::to_string(i % 16)).end_array();
    o.member("IsNodeByNodeUpgradeInProgress", false);
    o.end_object();
}

std::string node_list_json()
{
    json_out o;
    o.begin_object().member("ContinuationToken", "_BackEnd_399").key("Items").begin_array();
    for (std::uint64_t i = 0; i < 1000; ++i)
        write_node(o, i);
    o.end_array().end_object();
    return o.text();
}

} // namespace

payload const& node_list()
{
    static payload const p{"PagedNodeInfoList", "1000 nodes, three node types, some down or deactivating",
                           node_list_json()};
    return p;
}

} // namespace sfmodels::bench
