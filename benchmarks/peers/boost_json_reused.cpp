// Boost.JSON tuned for a poll loop: one parser kept across documents, the DOM
// built in a monotonic_resource over a buffer that is released, not freed,
// between documents; then value_to<T> through sfmodels' tag_invoke overloads.

#include "peer_support.hpp"

#include <sfmodels/codec/interop.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parser.hpp>
#include <boost/json/value_to.hpp>

#include <array>
#include <memory>

namespace sfmodels::bench {

namespace {

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
void add(payload const& p, std::shared_ptr<reused_parser> const& state)
{
    peer::add_decode_case<T>(p, "Boost.JSON reused parser + monotonic_resource, value_to",
                             [state](std::string const& json, T& out) { state->decode(json, out); });
}

} // namespace

void add_boost_json_reused_cases()
{
    auto state = std::make_shared<reused_parser>();
    add<PartitionDataLossProgress>(data_loss_completed(), state);
    add<BackupProgressInfo>(backup_success(), state);
    add<OperationStatusList>(operation_list(), state);
    add<PagedNodeInfoList>(node_list(), state);
    add<ClusterHealth>(cluster_health(), state);
    add<EventList>(event_list(), state);
}

} // namespace sfmodels::bench
