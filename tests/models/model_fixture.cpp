#include "model_fixture.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <array>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <utility>

namespace sfmodels_test {

namespace {

using sfmodels::error;

constexpr std::array<std::pair<std::string_view, error>, 16> error_names{{
    {"syntax", error::syntax},
    {"incomplete", error::incomplete},
    {"trailing_data", error::trailing_data},
    {"too_deep", error::too_deep},
    {"too_large", error::too_large},
    {"wrong_type", error::wrong_type},
    {"bad_uuid", error::bad_uuid},
    {"bad_timestamp", error::bad_timestamp},
    {"bad_integer", error::bad_integer},
    {"out_of_range", error::out_of_range},
    {"missing_member", error::missing_member},
    {"unknown_kind", error::unknown_kind},
    {"invalid_utf8", error::invalid_utf8},
    {"buffer_too_small", error::buffer_too_small},
    {"bad_duration", error::bad_duration},
    {"bad_number", error::bad_number},
}};

std::string string_at(boost::json::object const& o, std::string_view key, std::filesystem::path const& file)
{
    auto const* v = o.if_contains(key);
    if (!v || !v->is_string())
        throw std::runtime_error(file.string() + ": no string \"" + std::string(key) + "\"");
    return std::string(v->get_string());
}

} // namespace

std::filesystem::path fixture_root() { return SFMODELS_MODEL_FIXTURE_DIR; }

std::filesystem::path fixture_path(std::string_view area, std::string_view definition)
{
    return fixture_root() / area / (std::string(definition) + ".json");
}

std::string read_text(std::filesystem::path const& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + file.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

model_fixture read_fixture(std::filesystem::path const& file)
{
    boost::json::value const doc = boost::json::parse(read_text(file));
    auto const& top = doc.as_object();
    model_fixture f{string_at(top, "definition", file), string_at(top, "area", file), {}};
    for (auto const& item : top.at("cases").as_array()) {
        auto const& c = item.as_object();
        model_case mc{string_at(c, "name", file), string_at(c, "input", file), {}, {}, {}};
        if (c.contains("output")) {
            mc.output = string_at(c, "output", file);
        }
        else {
            std::string const name = string_at(c, "error", file);
            auto const e = error_named(name);
            if (!e)
                throw std::runtime_error(file.string() + ": case \"" + mc.name + "\" names no error of the codec: " + name);
            mc.error = *e;
            mc.path = string_at(c, "path", file);
        }
        f.cases.push_back(std::move(mc));
    }
    return f;
}

std::optional<sfmodels::error> error_named(std::string_view name) noexcept
{
    for (auto const& [n, e] : error_names)
        if (n == name)
            return e;
    return std::nullopt;
}

std::string_view name_of(sfmodels::error e) noexcept
{
    for (auto const& [n, x] : error_names)
        if (x == e)
            return n;
    return "?";
}

} // namespace sfmodels_test
