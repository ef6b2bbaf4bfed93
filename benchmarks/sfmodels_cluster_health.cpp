// sfmodels' cases for GetClusterHealth's response.

#include "model_cases.hpp"

#include <sfmodels/models/health.hpp>

namespace sfmodels::bench {

template std::shared_ptr<ClusterHealth const> expected_value<ClusterHealth>(payload const&);

void add_sfmodels_cluster_health_cases() { add_model_cases<ClusterHealth>(cluster_health(), true); }

} // namespace sfmodels::bench
