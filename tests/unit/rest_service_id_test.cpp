#include <sfmodels/rest/service_id.hpp>

#include "rest_support.hpp"

#include <sfmodels/rest/operations/faults.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {
namespace rest_service_id_test {

namespace rest = sfmodels::rest;
using rest::errc;
using rest::service_id;

// The serviceId path segment of a target; "" if the target cannot be written.
std::string segment(service_id id)
{
    rest::GetDataLossProgress op{.serviceId = std::move(id), .partitionId = sfmodels::test::rest::partition,
                                 .OperationId = sfmodels::test::rest::operation};
    std::string const t = sfmodels::test::rest::target_of(op);
    std::string const prefix = "/Faults/Services/";
    if (!t.starts_with(prefix))
        return "";
    return t.substr(prefix.size(), t.find("/$/", prefix.size()) - prefix.size());
}

TEST(ServiceId, NameBecomesTildeDelimitedId)
{
    service_id const s("fabric:/myapp/app1/svc1");
    EXPECT_TRUE(s.is_name());
    EXPECT_EQ(s.id(), "myapp~app1~svc1");
    EXPECT_EQ(segment(s), "myapp~app1~svc1");
    EXPECT_EQ(service_id("fabric:/svc").id(), "svc");
}

TEST(ServiceId, SchemeMatchesInAnyCase)
{
    EXPECT_TRUE(service_id("FABRIC:/a/b").is_name());
    EXPECT_EQ(service_id("Fabric:/a/b").id(), "a~b");
    EXPECT_EQ(service_id("Fabric:/a/b").check(), errc{});
}

TEST(ServiceId, IdIsKeptAsGiven)
{
    service_id const s("myapp~app1~svc1");
    EXPECT_FALSE(s.is_name());
    EXPECT_EQ(s.id(), "myapp~app1~svc1");
    EXPECT_EQ(segment(s), "myapp~app1~svc1");
}

TEST(ServiceId, FabricNamesAreChecked)
{
    EXPECT_EQ(service_id::from_name("myapp/svc").check(), errc::not_a_fabric_name);
    EXPECT_EQ(service_id::from_name("myapp~svc").check(), errc::not_a_fabric_name);
    EXPECT_EQ(service_id::from_name("").check(), errc::not_a_fabric_name);
    for (char const* bad : {"fabric:", "fabric:/", "fabric:myapp", "fabric:/a//b", "fabric:/a/", "fabric://a"})
        EXPECT_EQ(service_id(bad).check(), errc::not_a_fabric_name) << bad;
    EXPECT_EQ(service_id::from_name("fabric:/a").check(), errc{});
    EXPECT_EQ(service_id("").check(), errc::invalid_parameter);
}

TEST(ServiceId, IdWithASlashIsANameWithoutItsScheme)
{
    EXPECT_FALSE(service_id("myapp/svc").is_name());
    EXPECT_EQ(service_id("myapp/svc").check(), errc::not_a_fabric_name);
    EXPECT_EQ(segment(service_id("myapp/svc")), "");
    EXPECT_EQ(service_id("myapp~svc").check(), errc{});
}

// x-ms-skip-url-encoding: what a path segment may hold is sent as is,
// including %XX triplets; everything else is still percent-encoded.
TEST(ServiceId, OnlyCharactersAPathSegmentCannotHoldAreEncoded)
{
    EXPECT_EQ(segment(service_id("a-b.c_d~e!$&'()*+,;=:@")), "a-b.c_d~e!$&'()*+,;=:@");
    EXPECT_EQ(segment(service_id("pre%2Fencoded%41")), "pre%2Fencoded%41");
    EXPECT_EQ(segment(service_id("100%")), "100%25");
    EXPECT_EQ(segment(service_id("50%zz")), "50%25zz");
    EXPECT_EQ(segment(service_id("a?b#c d")), "a%3Fb%23c%20d");
    EXPECT_EQ(segment(service_id("caf\xC3\xA9")), "caf%C3%A9");
    EXPECT_EQ(segment(service_id("fabric:/my app/v1.0/svc#1")), "my%20app~v1.0~svc%231");
}

TEST(ServiceId, ImplicitFromText)
{
    rest::GetDataLossProgress op{.serviceId = "fabric:/x/y", .partitionId = sfmodels::test::rest::partition,
                                 .OperationId = sfmodels::test::rest::operation};
    EXPECT_EQ(op.serviceId->id(), "x~y");
}

} // namespace rest_service_id_test
} // namespace
