#ifndef SFMODELS_BENCHMARKS_EXPECTED_HPP
#define SFMODELS_BENCHMARKS_EXPECTED_HPP

#include "payloads.hpp"

#include <memory>

namespace sfmodels::bench {

/** What payload `p` decodes to through sfmodels' basic_parser decoder
    (detail::decode_reference): the value every decoding case, sfmodels' own
    and each peer's, must give. Throws if the payload does not decode.

    Defined in model_cases.hpp and instantiated explicitly, for the types
    measured, next to their sfmodels cases: the peers call it without
    compiling a model's codec again.
*/
template<class T>
std::shared_ptr<T const> expected_value(payload const& p);

} // namespace sfmodels::bench

#endif
