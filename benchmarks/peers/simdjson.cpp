// simdjson On-Demand: a parser kept across documents over a padded copy of the
// payload, every member mapped into the model by hand as it streams past.

#include "peer_support.hpp"

#include <simdjson.h>

namespace sfmodels::bench {

namespace {

using simdjson::ondemand::json_type;
using simdjson::ondemand::object;
using simdjson::ondemand::value;

std::string_view text(value v) { return v.get_string(); }

std::int64_t integer(value v)
{
    if (v.type() == json_type::string)
        return peer::to_int64(text(v));
    return v.get_int64();
}

template<class T>
T& engage(std::optional<T>& v)
{
    return v ? *v : v.emplace();
}

void read(object o, SelectedPartition& v)
{
    bool name = false, id = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "ServiceName")
            name = true, engage(v.ServiceName) = text(m);
        else if (key == "PartitionId")
            id = true, engage(v.PartitionId) = peer::to_uuid(text(m));
    }
    if (!name)
        v.ServiceName.reset();
    if (!id)
        v.PartitionId.reset();
}

void read(object o, InvokeDataLossResult& v)
{
    bool code = false, partition = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "ErrorCode")
            code = true, engage(v.ErrorCode) = static_cast<std::int32_t>(integer(m));
        else if (key == "SelectedPartition")
            partition = true, read(m.get_object(), engage(v.SelectedPartition));
    }
    if (!code)
        v.ErrorCode.reset();
    if (!partition)
        v.SelectedPartition.reset();
}

void read(object o, PartitionDataLossProgress& v)
{
    bool state = false, result = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "State")
            state = true, peer::assign(v.State, text(m));
        else if (key == "InvokeDataLossResult")
            result = true, read(m.get_object(), engage(v.InvokeDataLossResult));
    }
    if (!state)
        v.State.reset();
    if (!result)
        v.InvokeDataLossResult.reset();
}

void read(object o, Epoch& v)
{
    bool configuration = false, data_loss = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "ConfigurationVersion")
            configuration = true, engage(v.ConfigurationVersion) = integer(m);
        else if (key == "DataLossVersion")
            data_loss = true, engage(v.DataLossVersion) = integer(m);
    }
    if (!configuration)
        v.ConfigurationVersion.reset();
    if (!data_loss)
        v.DataLossVersion.reset();
}

void read(object o, FabricErrorError& v)
{
    bool message = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "Code")
            v.Code.assign(text(m));
        else if (key == "Message")
            message = true, engage(v.Message) = text(m);
    }
    if (!message)
        v.Message.reset();
}

void read(object o, BackupProgressInfo& v)
{
    unsigned seen = 0;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "BackupState")
            seen |= 1, peer::assign(v.BackupState, text(m));
        else if (key == "TimeStampUtc")
            seen |= 2, engage(v.TimeStampUtc) = peer::to_timestamp(text(m));
        else if (key == "BackupId")
            seen |= 4, engage(v.BackupId) = peer::to_uuid(text(m));
        else if (key == "BackupLocation")
            seen |= 8, engage(v.BackupLocation) = text(m);
        else if (key == "EpochOfLastBackupRecord")
            seen |= 16, read(m.get_object(), engage(v.EpochOfLastBackupRecord));
        else if (key == "LsnOfLastBackupRecord")
            seen |= 32, engage(v.LsnOfLastBackupRecord) = integer(m);
        else if (key == "FailureError")
            seen |= 64, read(m.get_object(), engage(v.FailureError));
    }
    if (!(seen & 1)) v.BackupState.reset();
    if (!(seen & 2)) v.TimeStampUtc.reset();
    if (!(seen & 4)) v.BackupId.reset();
    if (!(seen & 8)) v.BackupLocation.reset();
    if (!(seen & 16)) v.EpochOfLastBackupRecord.reset();
    if (!(seen & 32)) v.LsnOfLastBackupRecord.reset();
    if (!(seen & 64)) v.FailureError.reset();
}

void read(object o, OperationStatus& v)
{
    bool id = false, state = false, type = false;
    for (auto field : o) {
        std::string_view const key = field.unescaped_key();
        value m = field.value();
        if (m.is_null())
            continue;
        if (key == "OperationId")
            id = true, engage(v.OperationId) = peer::to_uuid(text(m));
        else if (key == "State")
            state = true, peer::assign(v.State, text(m));
        else if (key == "Type")
            type = true, peer::assign(v.Type, text(m));
    }
    if (!id)
        v.OperationId.reset();
    if (!state)
        v.State.reset();
    if (!type)
        v.Type.reset();
}

struct reused_parser
{
    simdjson::ondemand::parser parser;

    template<class T>
    void decode(simdjson::padded_string const& json, T& out)
    {
        simdjson::ondemand::document doc = parser.iterate(json);
        if constexpr (std::is_same_v<T, OperationStatusList>) {
            std::size_t n = 0;
            for (auto element : doc.get_array()) {
                read(element.get_object(), n < out.size() ? out[n] : out.emplace_back());
                ++n;
            }
            out.resize(n);
        } else
            read(doc.get_object(), out);
    }
};

template<class T>
void add(payload const& p, std::shared_ptr<reused_parser> const& state)
{
    auto padded = std::make_shared<simdjson::padded_string>(p.json);
    peer::add_decode_case<T>(p, "simdjson On-Demand",
                             [state, padded](std::string const&, T& out) { state->decode(*padded, out); });
}

} // namespace

void add_simdjson_cases()
{
    auto state = std::make_shared<reused_parser>();
    add<PartitionDataLossProgress>(data_loss_completed(), state);
    add<BackupProgressInfo>(backup_success(), state);
    add<OperationStatusList>(operation_list(), state);
}

} // namespace sfmodels::bench
