#ifndef SFMODELS_MODELS_HPP
#define SFMODELS_MODELS_HPP

#include <sfmodels/models/backup_restore/descriptions.hpp>
#include <sfmodels/models/backup_restore/epoch.hpp>
#include <sfmodels/models/backup_restore/progress.hpp>
#include <sfmodels/models/backup_restore/storage.hpp>
#include <sfmodels/models/errors/fabric_error.hpp>
#include <sfmodels/models/errors/fabric_error_codes.hpp>
#include <sfmodels/models/faults/modes.hpp>
#include <sfmodels/models/faults/operation_status.hpp>
#include <sfmodels/models/faults/progress.hpp>
#include <sfmodels/models/faults/results.hpp>
#include <sfmodels/models/type_registry.hpp>

#endif
