#include <sfmodels/rest/http_status.hpp>

#include <gtest/gtest.h>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <map>

namespace {
namespace rest_http_status_test {

using sfmodels::FabricErrorCodes;
using sfmodels::rest::http_status_of;

TEST(HttpStatusOf, GroupSizesAreTheSpecifications)
{
    // The specification's groups: 400: 19, 404: 24, 409: 24, 413: 1, 500: 8,
    // 503: 7, 504: 3 - where FABRIC_E_VALUE_TOO_LARGE is in both 413 and 503
    // and is given 413 here.
    std::map<unsigned, int> groups;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<FabricErrorCodes>>(
        [&](auto d) { ++groups[http_status_of(d.value)]; });
    EXPECT_EQ(groups, (std::map<unsigned, int>{{400, 19}, {404, 24}, {409, 24}, {413, 1}, {500, 8}, {503, 6}, {504, 3}}));
}

TEST(HttpStatusOf, ValueTooLargeIs413)
{
    static_assert(http_status_of(FabricErrorCodes::FABRIC_E_VALUE_TOO_LARGE) == 413);
}

TEST(HttpStatusOf, OneOfEachGroupAndTheOddNames)
{
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_INVALID_PARTITION_KEY), 400u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_PARTITION_NOT_FOUND), 404u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_INSTANCE_ID_MISMATCH), 409u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_NOT_PRIMARY), 503u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_TIMEOUT), 504u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::E_ABORT), 503u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::E_FAIL), 500u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::E_INVALIDARG), 400u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::SerializationError), 500u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_IMAGEBUILDER_RESERVED_DIRECTORY_ERROR), 404u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_CERTIFICATE_NOT_FOUND), 500u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_FAULT_ANALYSIS_SERVICE_NOT_EXISTING), 404u);
    EXPECT_EQ(http_status_of(FabricErrorCodes::FABRIC_E_BACKUP_IN_PROGRESS), 409u);
}

} // namespace rest_http_status_test
} // namespace
