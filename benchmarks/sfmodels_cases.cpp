#include "cases.hpp"

#include <sfmodels/codec.hpp>
#include <sfmodels/models.hpp>

#include <support/shapes.hpp>

#include <benchmark/benchmark.h>

#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace sfmodels::bench {

namespace {

template<class T>
T decoded(payload const& p)
{
    T v{};
    if (auto r = detail::decode_reference(p.json, v))
        throw std::runtime_error(p.type + " payload does not decode: " + r.message());
    return v;
}

template<class T>
void add_model_cases(payload const& p, bool with_reference)
{
    auto const expected = std::make_shared<T const>(decoded<T>(p));
    std::string const json = p.json;

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
                  return std::string(buffer->data(), e.size) == canonical ? "" : "encoded bytes differ";
              }});
}

} // namespace

void add_sfmodels_cases()
{
    for (payload const& p : all_payloads()) {
        bool const main_payload = p.json == data_loss_completed().json || p.json == backup_success().json ||
                                  p.json == operation_list().json;
        bool const found = visit_wire_type(p.type, [&](auto w) {
            add_model_cases<typename decltype(w)::type>(p, main_payload);
        });
        if (!found)
            throw std::runtime_error("no wire type " + p.type);
    }
    add_model_cases<shapes::FabricEventList>(event_list(), true);
}

} // namespace sfmodels::bench
