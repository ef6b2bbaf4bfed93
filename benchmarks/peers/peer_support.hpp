#ifndef SFMODELS_BENCHMARKS_PEERS_PEER_SUPPORT_HPP
#define SFMODELS_BENCHMARKS_PEERS_PEER_SUPPORT_HPP

// What every peer needs to decode into the sfmodels structs by the same rules:
// the text forms of uuids, times, durations and 64-bit integers, filling
// optionals and family alternatives in place, and case registration.

#include "../cases.hpp"
#include "../expected.hpp"

#include <sfmodels/detail/text/duration.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/detail/text/uuid.hpp>
#include <sfmodels/models/backup_restore.hpp>
#include <sfmodels/models/errors.hpp>
#include <sfmodels/models/events.hpp>
#include <sfmodels/models/faults.hpp>
#include <sfmodels/models/health.hpp>
#include <sfmodels/models/nodes.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sfmodels::bench::peer {

inline boost::uuids::uuid to_uuid(std::string_view s)
{
    boost::uuids::uuid u{};
    if (!detail::parse_uuid(s, u))
        throw std::runtime_error("bad uuid");
    return u;
}

inline timestamp to_timestamp(std::string_view s)
{
    timestamp t{};
    if (!detail::parse_timestamp(s, t))
        throw std::runtime_error("bad date-time");
    return t;
}

inline ticks to_ticks(std::string_view s)
{
    ticks t{};
    if (!detail::parse_duration(s, t))
        throw std::runtime_error("bad duration");
    return t;
}

inline std::int64_t to_int64(std::string_view s)
{
    std::int64_t i = 0;
    if (detail::parse_int64(s, i) != detail::int_parse::ok)
        throw std::runtime_error("bad integer");
    return i;
}

template<class E>
void assign(std::optional<open_enum<E>>& v, std::string_view s)
{
    (v ? *v : v.emplace()).assign(s);
}

/// The optional's value, made if there is none: where a present member is read.
template<class T>
T& engage(std::optional<T>& v)
{
    return v ? *v : v.emplace();
}

/// The alternative K of a family value, made (from nothing) unless it holds one.
template<class K, class V>
K& hold(V& v)
{
    K* const k = std::get_if<K>(&v);
    return k ? *k : v.template emplace<K>();
}

/// Whether E lists `spelling` (as sfmodels matches it): a kind a family lists,
/// which a hand-written mapping must not mistake for an unknown one.
template<class E>
bool lists(std::string_view spelling)
{
    return open_enum<E>::table::find(spelling).has_value();
}

/// Thrown by a peer's hand-written mapping for a family kind it does not map.
inline std::runtime_error unmapped(std::string_view what)
{
    return std::runtime_error("no mapping written for " + std::string(what));
}

/** Registers `decode` (a callable json -> T& -> void) as the peer's decoding of
    payload p into a reused T. Its check decodes into a new T and then again
    into that same T, as the timed loop does, and compares both results with
    expected_value<T>(p).
*/
template<class T, class Decode>
void add_decode_case(payload const& p, std::string library, Decode decode)
{
    std::shared_ptr<T const> const expected = expected_value<T>(p);
    auto out = std::make_shared<T>();
    std::string const json = p.json;
    add_case({p.type, std::move(library), "decode, reused object", json.size(),
              [=] {
                  decode(json, *out);
                  benchmark::DoNotOptimize(*out);
              },
              [=]() -> std::string {
                  *out = T{};
                  decode(json, *out);
                  if (*out != *expected)
                      return "decoded value differs";
                  decode(json, *out);
                  return *out == *expected ? "" : "decoded value differs when decoding into the reused object";
              }});
}

} // namespace sfmodels::bench::peer

#endif
