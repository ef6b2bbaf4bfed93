#ifndef SFMODELS_MODELS_DETAIL_PRELUDE_HPP
#define SFMODELS_MODELS_DETAIL_PRELUDE_HPP

// What every generated model header uses: the Describe annotations, the
// vocabulary types the models are made of, and the customization points the
// generator specializes. Generated headers include this and nothing else
// outside sfmodels/models.

#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/codec/polymorphic.hpp>
#include <sfmodels/codec/wire_aliases.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/quoted.hpp>
#include <sfmodels/reflect/wire_names.hpp>
#include <sfmodels/timestamp.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/mp11/list.hpp>
#include <boost/uuid/uuid.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#endif
