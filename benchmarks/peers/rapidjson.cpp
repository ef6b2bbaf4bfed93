// RapidJSON: parse to a rapidjson::Document with the default flags (which do
// not check UTF-8), then copy each member into the model by hand.

#include "peer_support.hpp"

#include <rapidjson/document.h>

namespace sfmodels::bench {

namespace {

using json = rapidjson::Value;

// The member's value, or nullptr when it is absent or null.
json const* member(json const& object, char const* name)
{
    auto const it = object.FindMember(name);
    return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

std::string_view text(json const& j) { return {j.GetString(), j.GetStringLength()}; }

std::int64_t integer(json const& j) { return j.IsString() ? peer::to_int64(text(j)) : j.GetInt64(); }

template<class T, class Read>
void optional_member(json const& object, char const* name, std::optional<T>& v, Read read)
{
    if (json const* m = member(object, name))
        read(*m, v ? *v : v.emplace());
    else
        v.reset();
}

void read(json const& j, SelectedPartition& v)
{
    optional_member(j, "ServiceName", v.ServiceName, [](json const& m, std::string& s) { s = text(m); });
    optional_member(j, "PartitionId", v.PartitionId,
                    [](json const& m, boost::uuids::uuid& u) { u = peer::to_uuid(text(m)); });
}

void read(json const& j, InvokeDataLossResult& v)
{
    optional_member(j, "ErrorCode", v.ErrorCode,
                    [](json const& m, std::int32_t& i) { i = static_cast<std::int32_t>(integer(m)); });
    optional_member(j, "SelectedPartition", v.SelectedPartition,
                    [](json const& m, SelectedPartition& s) { read(m, s); });
}

void read(json const& j, PartitionDataLossProgress& v)
{
    if (json const* m = member(j, "State"))
        peer::assign(v.State, text(*m));
    else
        v.State.reset();
    optional_member(j, "InvokeDataLossResult", v.InvokeDataLossResult,
                    [](json const& m, InvokeDataLossResult& r) { read(m, r); });
}

void read(json const& j, Epoch& v)
{
    optional_member(j, "ConfigurationVersion", v.ConfigurationVersion,
                    [](json const& m, auto& i) { i = integer(m); });
    optional_member(j, "DataLossVersion", v.DataLossVersion, [](json const& m, auto& i) { i = integer(m); });
}

void read(json const& j, FabricErrorError& v)
{
    v.Code.assign(text(j["Code"]));
    optional_member(j, "Message", v.Message, [](json const& m, std::string& s) { s = text(m); });
}

void read(json const& j, BackupProgressInfo& v)
{
    if (json const* m = member(j, "BackupState"))
        peer::assign(v.BackupState, text(*m));
    else
        v.BackupState.reset();
    optional_member(j, "TimeStampUtc", v.TimeStampUtc,
                    [](json const& m, timestamp& t) { t = peer::to_timestamp(text(m)); });
    optional_member(j, "BackupId", v.BackupId, [](json const& m, boost::uuids::uuid& u) { u = peer::to_uuid(text(m)); });
    optional_member(j, "BackupLocation", v.BackupLocation, [](json const& m, std::string& s) { s = text(m); });
    optional_member(j, "EpochOfLastBackupRecord", v.EpochOfLastBackupRecord,
                    [](json const& m, Epoch& e) { read(m, e); });
    optional_member(j, "LsnOfLastBackupRecord", v.LsnOfLastBackupRecord,
                    [](json const& m, auto& i) { i = integer(m); });
    optional_member(j, "FailureError", v.FailureError, [](json const& m, FabricErrorError& e) { read(m, e); });
}

void read(json const& j, OperationStatus& v)
{
    optional_member(j, "OperationId", v.OperationId,
                    [](json const& m, boost::uuids::uuid& u) { u = peer::to_uuid(text(m)); });
    if (json const* m = member(j, "State"))
        peer::assign(v.State, text(*m));
    else
        v.State.reset();
    if (json const* m = member(j, "Type"))
        peer::assign(v.Type, text(*m));
    else
        v.Type.reset();
}

void read(json const& j, OperationStatusList& v)
{
    v.resize(j.Size());
    for (std::size_t i = 0; i < v.size(); ++i)
        read(j[static_cast<rapidjson::SizeType>(i)], v[i]);
}

template<class T>
void decode(std::string const& text, T& out)
{
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    if (d.HasParseError())
        throw std::runtime_error("RapidJSON cannot parse the payload");
    read(d, out);
}

} // namespace

void add_rapidjson_cases()
{
    std::string const library = "RapidJSON";
    peer::add_decode_case<PartitionDataLossProgress>(data_loss_completed(), library,
                                                     decode<PartitionDataLossProgress>);
    peer::add_decode_case<BackupProgressInfo>(backup_success(), library, decode<BackupProgressInfo>);
    peer::add_decode_case<OperationStatusList>(operation_list(), library, decode<OperationStatusList>);
}

} // namespace sfmodels::bench
