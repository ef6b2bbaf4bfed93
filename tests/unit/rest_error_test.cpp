#include <sfmodels/rest/error.hpp>

#include <sfmodels/codec/error.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {
namespace rest_error_test {

namespace rest = sfmodels::rest;
using rest::errc;

TEST(RestErrc, CategoryAndMessages)
{
    boost::system::error_code const ec = errc::not_a_fabric_name;
    EXPECT_STREQ(ec.category().name(), "sfmodels.rest");
    EXPECT_EQ(ec.message(), "not a fabric: service name");
    std::set<std::string> messages;
    for (int e = int(errc::missing_parameter); e <= int(errc::bad_body); ++e) {
        std::string const m = rest::make_error_code(static_cast<errc>(e)).message();
        EXPECT_NE(m, "unknown sfmodels.rest error") << e;
        messages.insert(m);
    }
    EXPECT_EQ(messages.size(), std::size_t(errc::bad_body));
    EXPECT_EQ(rest::make_error_code(static_cast<errc>(99)).message(), "unknown sfmodels.rest error");
}

TEST(RestErrc, DistinctFromTheCodecErrors)
{
    boost::system::error_code const a = errc::buffer_too_small;
    boost::system::error_code const b = sfmodels::error::buffer_too_small;
    EXPECT_NE(a, b);
    EXPECT_NE(&a.category(), &b.category());
}

TEST(RequestError, Message)
{
    rest::request_error e;
    EXPECT_FALSE(e);
    EXPECT_TRUE(e.ok());
    e = {errc::out_of_range_parameter, "timeout", "1..4294967295 seconds"};
    EXPECT_TRUE(e);
    EXPECT_EQ(e.message(), "timeout: parameter value out of range (expected 1..4294967295 seconds)");
    e = {errc::missing_parameter, "OperationId", {}};
    EXPECT_EQ(e.message(), "OperationId: missing required parameter");
    e = {errc::buffer_too_small, {}, {}};
    EXPECT_EQ(e.message(), "request target does not fit the buffer");
}

} // namespace rest_error_test
} // namespace
