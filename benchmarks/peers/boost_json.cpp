// Boost.JSON the usual way: parse to a boost::json::value, then value_to<T>
// through the tag_invoke overloads sfmodels ships (sfmodels/codec/interop.hpp).

#include "peer_support.hpp"

#include <sfmodels/codec/interop.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value_to.hpp>

namespace sfmodels::bench {

namespace {

template<class T>
void decode(std::string const& json, T& out)
{
    out = boost::json::value_to<T>(boost::json::parse(json));
}

} // namespace

void add_boost_json_cases()
{
    std::string const library = "Boost.JSON parse + value_to";
    peer::add_decode_case<PartitionDataLossProgress>(data_loss_completed(), library,
                                                     decode<PartitionDataLossProgress>);
    peer::add_decode_case<BackupProgressInfo>(backup_success(), library, decode<BackupProgressInfo>);
    peer::add_decode_case<OperationStatusList>(operation_list(), library, decode<OperationStatusList>);
    peer::add_decode_case<PagedNodeInfoList>(node_list(), library, decode<PagedNodeInfoList>);
    peer::add_decode_case<ClusterHealth>(cluster_health(), library, decode<ClusterHealth>);
    peer::add_decode_case<EventList>(event_list(), library, decode<EventList>);
}

} // namespace sfmodels::bench
