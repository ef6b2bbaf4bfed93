#ifndef SFMODELS_TESTS_MODELS_MODEL_FIXTURE_HPP
#define SFMODELS_TESTS_MODELS_MODEL_FIXTURE_HPP

// The fixture file of one definition, tests/models/fixtures/<area>/<Name>.json,
// as tools/generate/sfgen/fixtures.py writes it: cases of an input and either
// the exact bytes encode() writes after decode() read it, or the error (and
// the path of the member) that decode() reports.

#include <sfmodels/codec/error.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sfmodels_test {

struct model_case
{
    std::string name;
    std::string input;
    std::optional<std::string> output;   ///< set when the input decodes
    sfmodels::error error{};             ///< else what decode() reports ...
    std::string path;                    ///< ... at this member (a JSON Pointer)
};

struct model_fixture
{
    std::string definition;
    std::string area;
    std::vector<model_case> cases;
};

/// The directory of the fixture files, one subdirectory per area.
std::filesystem::path fixture_root();

/// fixture_root()/<area>/<definition>.json.
std::filesystem::path fixture_path(std::string_view area, std::string_view definition);

/// Reads a fixture file; throws std::runtime_error if it cannot, or if it is malformed.
model_fixture read_fixture(std::filesystem::path const& file);

/// The whole of a file; throws std::runtime_error if it cannot be read.
std::string read_text(std::filesystem::path const& file);

/// The error of the codec named `name` in a fixture ("missing_member"), if there is one.
std::optional<sfmodels::error> error_named(std::string_view name) noexcept;

/// The name of an error of the codec, as fixtures spell it.
std::string_view name_of(sfmodels::error e) noexcept;

} // namespace sfmodels_test

#endif
