// Boost.JSON, both ways a user would write it, in one translation unit so that
// value_to<T> is compiled once for both:
// - the usual way: parse to a boost::json::value, then value_to<T> through the
//   tag_invoke overloads sfmodels ships (sfmodels/codec/interop.hpp);
// - tuned for a poll loop: one parser kept across documents, the DOM built in
//   a monotonic_resource over a buffer that is released, not freed, between
//   documents; then value_to<T>.

#include "peer_support.hpp"

#include <sfmodels/codec/interop.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/value_to.hpp>

#include <array>
#include <memory>

namespace sfmodels::bench {

namespace {

template<class T>
void decode(std::string const& json, T& out)
{
    out = boost::json::value_to<T>(boost::json::parse(json));
}

struct reused_parser
{
    std::array<unsigned char, 16 << 20> buffer;   // room for the DOM of the largest payload
    boost::json::monotonic_resource resource{buffer.data(), buffer.size()};
    boost::json::parser parser;

    template<class T>
    void decode(std::string const& json, T& out)
    {
        resource.release();
        parser.reset(&resource);
        parser.write(json);
        out = boost::json::value_to<T>(parser.release());
    }
};

template<class T>
void add_reused(payload const& p, std::shared_ptr<reused_parser> const& state)
{
    peer::add_decode_case<T>(p, "Boost.JSON reused parser + monotonic_resource, value_to",
                             [state](std::string const& json, T& out) { state->decode(json, out); });
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

void add_boost_json_reused_cases()
{
    auto state = std::make_shared<reused_parser>();
    add_reused<PartitionDataLossProgress>(data_loss_completed(), state);
    add_reused<BackupProgressInfo>(backup_success(), state);
    add_reused<OperationStatusList>(operation_list(), state);
    add_reused<PagedNodeInfoList>(node_list(), state);
    add_reused<ClusterHealth>(cluster_health(), state);
    add_reused<EventList>(event_list(), state);
}

} // namespace sfmodels::bench
