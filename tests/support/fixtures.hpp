#ifndef SFMODELS_TESTS_SUPPORT_FIXTURES_HPP
#define SFMODELS_TESTS_SUPPORT_FIXTURES_HPP

// Reads the round-trip fixtures under SFMODELS_FIXTURE_DIR:
// <Type>/<name>.json is an input, <Type>/<name>.expected.json (if present)
// is its exact canonical re-encoding; without one the input is canonical.

#include "support/seed_types.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sfmodels::test {

struct fixture
{
    std::string type;       // the wire type, which is also the directory name
    std::string name;       // the file name without ".json"
    std::string input;
    std::string expected;   // the exact bytes encode() must produce

    bool input_is_canonical() const { return input == expected; }
};

inline void PrintTo(fixture const& f, std::ostream* os) { *os << f.type << '/' << f.name; }

inline std::filesystem::path fixture_root() { return SFMODELS_FIXTURE_DIR; }

inline std::string read_file(std::filesystem::path const& p)
{
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + p.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

constexpr std::string_view expected_suffix = ".expected.json";

/// The fixtures of one wire type, sorted by name; none if it has no directory.
inline std::vector<fixture> fixtures_of(std::string_view type)
{
    std::vector<fixture> out;
    auto const dir = fixture_root() / type;
    if (!std::filesystem::is_directory(dir))
        return out;
    for (auto const& entry : std::filesystem::directory_iterator(dir)) {
        std::string const file = entry.path().filename().string();
        if (!entry.is_regular_file() || !file.ends_with(".json") || file.ends_with(expected_suffix))
            continue;
        fixture f{std::string(type), file.substr(0, file.size() - 5), read_file(entry.path()), {}};
        auto const canonical = dir / (f.name + std::string(expected_suffix));
        f.expected = std::filesystem::exists(canonical) ? read_file(canonical) : f.input;
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(), [](fixture const& a, fixture const& b) { return a.name < b.name; });
    return out;
}

/// Every fixture of every type in sfmodels::test::seed_types.
inline std::vector<fixture> all_fixtures()
{
    std::vector<fixture> out;
    boost::mp11::mp_for_each<seed_types>([&](auto w) {
        auto some = fixtures_of(w.name);
        out.insert(out.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
    });
    return out;
}

/// "Type_name" with every character gtest rejects in a test name replaced by '_'.
inline std::string test_name(testing::TestParamInfo<fixture> const& info)
{
    std::string s = info.param.type + '_' + info.param.name;
    for (char& c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return s;
}

/// Calls f(T{}) - a value-initialised model - for the wire type called `name`.
template<class F>
void with_model(std::string_view name, F&& f)
{
    bool const found = visit_seed_type(name, [&](auto w) {
        typename decltype(w)::type model{};
        f(model);
    });
    ASSERT_TRUE(found) << "no wire type named " << name;
}

} // namespace sfmodels::test

#endif
