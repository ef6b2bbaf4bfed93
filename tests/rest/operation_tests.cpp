// sfmodels_operation_tests: every operation of the specification through the
// operation table (sfmodels_operation_table), against the expectations that
// tools/generate/generate.py writes from its own model of the specification
// (operations.json): the request each operation makes from its parameters as
// text, the error a missing required parameter gives, and that its response
// type is the specification's and decodes that definition's fixture.
#include <sfmodels/dynamic/operation_table.hpp>
#include <sfmodels/dynamic/type_table.hpp>
#include <sfmodels/rest/operation_table.hpp>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace dynamic = sfmodels::dynamic;
namespace rest = sfmodels::rest;
namespace json = boost::json;

json::value read_json(std::string const& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

json::array const& expectations()
{
    static json::value const all = read_json(SFMODELS_OPERATION_EXPECTATIONS);
    return all.at("operations").as_array();
}

std::string str(json::value const& v) { return std::string(v.as_string()); }

struct given
{
    std::vector<std::string> storage;   // owns the texts the named_values view
    std::vector<rest::named_value> values;
};

given parameters_of(json::object const& e, std::string const& leave_out = {})
{
    given g;
    g.storage.reserve(2 * e.at("parameters").as_array().size());
    for (auto const& p : e.at("parameters").as_array()) {
        std::string name = str(p.as_array()[0]);
        if (name == leave_out)
            continue;
        g.storage.push_back(std::move(name));
        g.storage.push_back(str(p.as_array()[1]));
    }
    for (std::size_t i = 0; i < g.storage.size(); i += 2)
        g.values.push_back({g.storage[i], g.storage[i + 1]});
    return g;
}

class operation_test : public testing::Test
{
public:
    explicit operation_test(json::object e) : e_(std::move(e)) {}

    void TestBody() override
    {
        dynamic::operation_entry const* op = dynamic::find_operation(str(e_.at("name")));
        ASSERT_NE(op, nullptr) << "not in the operation table";
        EXPECT_EQ(op->name, str(e_.at("name")));
        EXPECT_EQ(op->method, str(e_.at("method")));
        EXPECT_EQ(op->path, str(e_.at("path")));

        // every parameter given: the request the specification's template makes
        given const all = parameters_of(e_);
        dynamic::built_request request;
        dynamic::build_error const error = op->build(all.values, request);
        ASSERT_FALSE(error) << error.message();
        EXPECT_EQ(request.method, str(e_.at("method")));
        EXPECT_EQ(request.target, str(e_.at("target")));
        EXPECT_EQ(request.body, str(e_.at("body")));
        std::vector<std::pair<std::string, std::string>> headers;
        for (auto const& h : e_.at("headers").as_array())
            headers.emplace_back(str(h.as_array()[0]), str(h.as_array()[1]));
        EXPECT_EQ(request.headers, headers);

        // each required parameter left out: an error that names it
        for (auto const& name : e_.at("required").as_array()) {
            given const some = parameters_of(e_, str(name));
            dynamic::build_error const missing = op->build(some.values, request);
            EXPECT_EQ(missing.error.code, rest::errc::missing_parameter) << "without " << str(name);
            EXPECT_EQ(missing.error.parameter, str(name));
        }

        // a name the operation does not have
        given extra = parameters_of(e_);
        extra.values.push_back({"NoSuchParameter", "1"});
        EXPECT_EQ(op->build(extra.values, request).error.code, rest::errc::unknown_parameter);

        // the response type is the specification's, and decodes that definition's fixture
        std::string const response = str(e_.at("response"));
        if (response.empty()) {
            EXPECT_EQ(op->response_key, nullptr) << "a response type where the specification has no body";
            return;
        }
        dynamic::type_entry const* type = dynamic::find_type(response);
        ASSERT_NE(type, nullptr) << response;
        EXPECT_EQ(op->response_key, type->type_key) << "response_type is not " << response;
        json::value const fixture = read_json(std::string(SFMODELS_MODEL_FIXTURE_DIR) + "/" +
                                              std::string(type->area) + "/" + response + ".json");
        std::unique_ptr<void, void (*)(void*) noexcept> value(type->create(), type->destroy);
        for (auto const& c : fixture.at("cases").as_array())
            if (c.as_object().contains("output")) {
                sfmodels::decode_result const r = type->decode(str(c.at("input")), value.get(), {});
                EXPECT_FALSE(r) << response << " " << str(c.at("name")) << ": " << r.message();
                std::string out;
                EXPECT_FALSE(type->encode(value.get(), out));
                EXPECT_EQ(out, str(c.at("output")));
                break;
            }
    }

private:
    json::object e_;
};

TEST(Operations, TableHasEveryOperationOfTheSpecification)
{
    std::set<std::string> expected, listed, table;
    for (auto const& e : expectations())
        expected.insert(str(e.at("name")));
    for (auto const& op : rest::operation_table)
        listed.insert(std::string(op.name));
    for (auto const& op : dynamic::operation_table())
        table.insert(std::string(op.name));
    EXPECT_EQ(expected.size(), 251u);
    EXPECT_EQ(listed, expected);
    EXPECT_EQ(table, expected);
}

} // namespace

int main(int argc, char** argv)
{
    testing::InitGoogleTest(&argc, argv);
    for (auto const& e : expectations()) {
        json::object const o = e.as_object();
        testing::RegisterTest(str(o.at("area")).c_str(), str(o.at("name")).c_str(), nullptr, nullptr, __FILE__,
                              __LINE__, [o]() -> testing::Test* { return new operation_test(o); });
    }
    return RUN_ALL_TESTS();
}
