// What a connection checks before it opens anything: endpoints, thumbprints,
// which operations may be sent again, and the waits between retries.
#include <sfmodels/client/endpoint.hpp>

#include <sfmodels/client/detail/thumbprint.hpp>
#include <sfmodels/client/retry.hpp>
#include <sfmodels/rest/operations/faults.hpp>
#include <sfmodels/rest/operations/properties.hpp>

#include <gtest/gtest.h>

namespace {

namespace client = sfmodels::client;
namespace rest = sfmodels::rest;
using namespace std::chrono_literals;

client::endpoint parsed(std::string_view url)
{
    client::endpoint e;
    EXPECT_FALSE(client::parse_endpoint(url, e)) << url;
    return e;
}

TEST(Endpoint, SchemesHostsAndPorts)
{
    auto e = parsed("https://cluster.example.com:19080");
    EXPECT_TRUE(e.tls);
    EXPECT_EQ(e.host, "cluster.example.com");
    EXPECT_EQ(e.port, "19080");
    e = parsed("http://10.0.0.4/");
    EXPECT_FALSE(e.tls);
    EXPECT_EQ(e.port, "19080");
    e = parsed("https://[::1]:443");
    EXPECT_EQ(e.host, "::1");
    EXPECT_EQ(e.port, "443");
    EXPECT_EQ(e.host_header(), "[::1]:443");
}

TEST(Endpoint, Malformed)
{
    for (std::string_view url : {"cluster:19080", "ftp://h:1", "https://", "https://h:", "https://h:x1",
                                 "https://h:123456", "https://h/path", "https://[::1", "https://[::1]x", "https://u@h"}) {
        client::endpoint e;
        e.host = "unchanged";
        EXPECT_EQ(client::parse_endpoint(url, e), client::errc::bad_endpoint) << url;
        EXPECT_EQ(e.host, "unchanged");
    }
}

TEST(Thumbprint, Normalized)
{
    EXPECT_EQ(client::detail::normalize_thumbprint("ab:cd 12"), "ABCD12");
    EXPECT_EQ(client::detail::normalize_thumbprint("abcg"), "");
}

TEST(Retry, OnlyOperationsSafeToRepeat)
{
    static_assert(client::repeatable<rest::GetDataLossProgress>);   // GET
    static_assert(client::repeatable<rest::StartDataLoss>);         // POST with an OperationId
    static_assert(!client::repeatable<rest::CreateName>);           // POST without one
    SUCCEED();
}

TEST(Retry, BackoffDoublesUpToItsBound)
{
    client::retry_policy const p{.max_attempts = 6, .first_backoff = 100ms, .max_backoff = 350ms};
    EXPECT_EQ(p.backoff(1), 100ms);
    EXPECT_EQ(p.backoff(2), 200ms);
    EXPECT_EQ(p.backoff(3), 350ms);
    EXPECT_EQ(p.backoff(9), 350ms);
    EXPECT_EQ(client::retry_policy::none().max_attempts, 1u);
}

TEST(Retry, ConnectionFailures)
{
    EXPECT_TRUE(client::is_connection_failure(boost::asio::error::connection_refused));
    EXPECT_TRUE(client::is_connection_failure(boost::beast::http::error::end_of_stream));
    EXPECT_FALSE(client::is_connection_failure(client::errc::server_verification_failed));
    EXPECT_FALSE(client::is_connection_failure(client::errc::timeout));
}

} // namespace
