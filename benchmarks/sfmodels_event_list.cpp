// sfmodels' cases for the list of 1000 events: each element a
// one_of<FabricEvent>, read as the kind of the family its "Kind" names.

#include "model_cases.hpp"

#include <sfmodels/models/events.hpp>

namespace sfmodels::bench {

template std::shared_ptr<EventList const> expected_value<EventList>(payload const&);

void add_sfmodels_event_list_cases() { add_model_cases<EventList>(event_list(), true); }

} // namespace sfmodels::bench
