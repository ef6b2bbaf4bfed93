#ifndef SFMODELS_REST_HPP
#define SFMODELS_REST_HPP

// The REST core (requests, responses, polling) and the fault and backup/restore
// operations. Every other area's operations: sfmodels/rest/operations/AREA.hpp,
// or all of them (with every model) in sfmodels/rest/operation_list.hpp.

#include <sfmodels/rest/duration.hpp>
#include <sfmodels/rest/error.hpp>
#include <sfmodels/rest/filters.hpp>
#include <sfmodels/rest/http_status.hpp>
#include <sfmodels/rest/operations/backup_restore.hpp>
#include <sfmodels/rest/operations/faults.hpp>
#include <sfmodels/rest/paging.hpp>
#include <sfmodels/rest/parse_request.hpp>
#include <sfmodels/rest/poll.hpp>
#include <sfmodels/rest/request.hpp>
#include <sfmodels/rest/required.hpp>
#include <sfmodels/rest/response.hpp>
#include <sfmodels/rest/service_id.hpp>

#endif
