#ifndef SFMODELS_BENCHMARKS_PEERS_PEER_SUPPORT_HPP
#define SFMODELS_BENCHMARKS_PEERS_PEER_SUPPORT_HPP

// What every peer needs to decode into the sfmodels structs by the same rules:
// the text forms of uuids, times and 64-bit integers, and case registration.

#include "../cases.hpp"

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/detail/text/uuid.hpp>
#include <sfmodels/models.hpp>

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

/** Registers `decode` (a callable json -> T& -> void) as the peer's decoding of
    payload p into a reused T, checked against what sfmodels decodes.
*/
template<class T, class Decode>
void add_decode_case(payload const& p, std::string library, Decode decode)
{
    auto expected = std::make_shared<T>();
    if (auto r = sfmodels::decode(p.json, *expected))
        throw std::runtime_error(p.type + " payload does not decode: " + r.message());
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
                  return *out == *expected ? "" : "decoded value differs";
              }});
}

} // namespace sfmodels::bench::peer

#endif
