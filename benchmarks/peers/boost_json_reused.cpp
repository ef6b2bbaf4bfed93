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
    std::array<unsigned char, 1 << 20> buffer;   // room for the 100 KB list's DOM
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

} // namespace

void add_boost_json_reused_cases()
{
    std::string const library = "Boost.JSON reused parser + monotonic_resource, value_to";
    auto state = std::make_shared<reused_parser>();
    peer::add_decode_case<PartitionDataLossProgress>(
        data_loss_completed(), library,
        [state](std::string const& json, PartitionDataLossProgress& out) { state->decode(json, out); });
    peer::add_decode_case<BackupProgressInfo>(
        backup_success(), library,
        [state](std::string const& json, BackupProgressInfo& out) { state->decode(json, out); });
    peer::add_decode_case<OperationStatusList>(
        operation_list(), library,
        [state](std::string const& json, OperationStatusList& out) { state->decode(json, out); });
}

} // namespace sfmodels::bench
