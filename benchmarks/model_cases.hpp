#ifndef SFMODELS_BENCHMARKS_MODEL_CASES_HPP
#define SFMODELS_BENCHMARKS_MODEL_CASES_HPP

// sfmodels' own cases for one model type: included by the translation units
// that compile the codec of the types measured (one per heavy type, so that
// the build can run them side by side and each stays within memory).

#include "cases.hpp"
#include "expected.hpp"
#include "round_trip.hpp"

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>

#include <benchmark/benchmark.h>

#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sfmodels::bench {

template<class T>
std::shared_ptr<T const> expected_value(payload const& p)
{
    auto v = std::make_shared<T>();
    if (auto r = detail::decode_reference(p.json, *v))
        throw std::runtime_error(p.type + " payload does not decode: " + r.message());
    return v;
}

// Which reader decode() takes for the payload, for the results.
template<class T>
std::string decode_path(payload const& p)
{
    if constexpr (detail::fast::supported<T>) {
        T v{};
        return detail::fast::decode(p.json, v) ? "fast reader" : "fast reader declines it: basic_parser decoder";
    } else
        return "basic_parser decoder (a struct of more than 64 members, which the fast reader does not take)";
}

/** Registers sfmodels' cases for payload p of type T: decode into a reused
    object and into a fresh one, encode into a caller buffer and, when
    `with_reference`, the basic_parser decoder alone (what decode() falls back
    to). Each checks its result against expected_value<T>(p); the encode
    case also checks that the encoded text carries every member of p.
*/
template<class T>
void add_model_cases(payload const& p, bool with_reference)
{
    std::shared_ptr<T const> const expected = expected_value<T>(p);
    std::string const json = p.json;
    set_note(p.type, "sfmodels decode: " + decode_path<T>(p));

    auto reused = std::make_shared<T>(*expected);
    add_case({p.type, "sfmodels", "decode, reused object", json.size(),
              [=] { benchmark::DoNotOptimize(sfmodels::decode(json, *reused)); },
              [=]() -> std::string {
                  if (auto r = sfmodels::decode(json, *reused))
                      return r.message();
                  return *reused == *expected ? "" : "decoded value differs";
              }});

    auto fresh = [=] {
        T v;
        auto r = sfmodels::decode(json, v);
        benchmark::DoNotOptimize(v);
        return std::make_pair(r, std::move(v));
    };
    add_case({p.type, "sfmodels", "decode, fresh object", json.size(), [=] { fresh(); },
              [=]() -> std::string {
                  auto [r, v] = fresh();
                  if (r)
                      return r.message();
                  return v == *expected ? "" : "decoded value differs";
              }});

    if (with_reference)
        add_case({p.type, "sfmodels basic_parser path", "decode, reused object", json.size(),
                  [=] { benchmark::DoNotOptimize(detail::decode_reference(json, *reused)); },
                  [=]() -> std::string {
                      if (auto r = detail::decode_reference(json, *reused))
                          return r.message();
                      return *reused == *expected ? "" : "decoded value differs";
                  }});

    std::string const canonical = to_json(*expected);
    auto buffer = std::make_shared<std::vector<char>>(canonical.size() + 64);
    payload const* const source = &p;   // lives as long as the program
    auto encode_once = [=] { return sfmodels::encode(*expected, std::span<char>(*buffer)); };
    add_case({p.type, "sfmodels", "encode", canonical.size(),
              [=] {
                  benchmark::DoNotOptimize(encode_once());
                  benchmark::ClobberMemory();
              },
              [=]() -> std::string {
                  auto const e = encode_once();
                  if (e)
                      return e.code.message();
                  if (std::string(buffer->data(), e.size) != canonical)
                      return "encoded bytes differ";
                  if (std::string lost = round_trip_difference(*source, canonical); !lost.empty())
                      return "the payload does not survive decode and encode: " + lost;
                  return "";
              }});
}

} // namespace sfmodels::bench

#endif
