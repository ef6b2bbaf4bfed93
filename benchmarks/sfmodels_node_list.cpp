// sfmodels' cases for GetNodeInfoList's page of 1000 nodes.

#include "model_cases.hpp"

#include <sfmodels/models/nodes.hpp>

namespace sfmodels::bench {

template std::shared_ptr<PagedNodeInfoList const> expected_value<PagedNodeInfoList>(payload const&);

void add_sfmodels_node_list_cases() { add_model_cases<PagedNodeInfoList>(node_list(), true); }

} // namespace sfmodels::bench
