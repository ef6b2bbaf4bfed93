// Each body of the specification's example files (x-ms-examples) that a
// definition describes, as tools/generate/sfgen/fixtures.py maps them in
// tests/models/examples.json, decodes as that definition and writes back
// to a document that decodes to the same value.
#include "check_case.hpp"
#include "registry.hpp"

#include <sfmodels/dynamic/type_table.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

namespace sfmodels_test {

namespace {

struct example_body
{
    std::string file;        ///< relative to the specification's directory
    std::string pointer;     ///< of the body in the file
    std::string operation;
    std::string definition;
};

std::filesystem::path spec_dir()
{
    if (char const* dir = std::getenv("SFMODELS_SPEC_DIR"); dir && *dir)
        return dir;
    return SFMODELS_SPEC_DIR;
}

std::vector<example_body> read_examples()
{
    boost::json::value const doc = boost::json::parse(read_text(SFMODELS_MODEL_EXAMPLES));
    std::vector<example_body> out;
    for (auto const& v : doc.at("examples").as_array()) {
        auto const& o = v.as_object();
        auto str = [&](char const* key) { return std::string(o.at(key).as_string()); };
        out.push_back({str("file"), str("pointer"), str("operation"), str("definition")});
    }
    return out;
}

// "examples/GetDataLossProgress-Running.json" and "/responses/200/body" give
// "GetDataLossProgress_Running_responses_200_body".
std::string test_name(example_body const& e)
{
    std::string name = std::filesystem::path(e.file).replace_extension().string();
    if (name.starts_with("examples/"))
        name.erase(0, 9);
    name += e.pointer;
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

class example_test : public testing::Test
{
public:
    explicit example_test(example_body e) : example_(std::move(e)) {}

    void TestBody() override
    {
        auto const dir = spec_dir();
        if (!std::filesystem::is_directory(dir))
            GTEST_SKIP() << "no specification at " << dir << " (set SFMODELS_SPEC_DIR)";
        auto const file = dir / example_.file;
        if (!std::filesystem::is_regular_file(file))
            GTEST_SKIP() << example_.file << " (of " << example_.operation << ") is not in " << dir;
        boost::json::value const doc = boost::json::parse(read_text(file));
        if (auto const* id = doc.as_object().if_contains("operationId")) {
            EXPECT_EQ(*id, boost::json::value(example_.operation)) << example_.file << " names another operation";
        }
        boost::system::error_code ec;
        auto const* body = doc.find_pointer(example_.pointer, ec);
        ASSERT_NE(body, nullptr) << example_.file << " has no " << example_.pointer << ", which "
                                 << example_.operation << " describes as a " << example_.definition;
        auto const* entry = sfmodels::dynamic::find_type(example_.definition);
        ASSERT_NE(entry, nullptr) << example_.definition << " has no entry in the type table";

        std::string const json = boost::json::serialize(*body);
        model_value v(*entry);
        auto const r = entry->decode(json, v.get(), {});
        ASSERT_TRUE(r.ok()) << example_.file << example_.pointer << " is not a " << example_.definition << ": "
                            << r.message() << "\n  body: " << json;
        std::string out;
        ASSERT_FALSE(entry->encode(v.get(), out)) << "encode() failed";
        model_value again(*entry);
        auto const r2 = entry->decode(out, again.get(), {});
        ASSERT_TRUE(r2.ok()) << "its encoding does not decode: " << r2.message() << "\n  " << out;
        EXPECT_TRUE(entry->equal(v.get(), again.get())) << "its encoding decodes to another value: " << out;
        std::string out2;
        EXPECT_FALSE(entry->encode(again.get(), out2));
        EXPECT_EQ(out2, out);
    }

private:
    example_body example_;
};

class broken_map : public testing::Test
{
public:
    explicit broken_map(std::string why) : why_(std::move(why)) {}
    void TestBody() override { FAIL() << "cannot read " << SFMODELS_MODEL_EXAMPLES << ": " << why_; }

private:
    std::string why_;
};

} // namespace

void register_example_tests()
{
    std::vector<example_body> examples;
    try {
        examples = read_examples();
    } catch (std::exception const& e) {
        std::string why = e.what();
        testing::RegisterTest("Examples", "Map", nullptr, nullptr, __FILE__, __LINE__,
                              [why]() -> testing::Test* { return new broken_map(why); });
        return;
    }
    for (auto const& e : examples)
        testing::RegisterTest("Examples", test_name(e).c_str(), nullptr, nullptr, __FILE__, __LINE__,
                              [e]() -> testing::Test* { return new example_test(e); });
}

} // namespace sfmodels_test
