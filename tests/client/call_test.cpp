// client::call over HTTPS against a loopback server: certificates both ways,
// keep-alive, deadlines, cancellation, retries, bodies as they arrive,
// polling, paging and the allocations of a steady-state poll. One
// translation unit for all of them: each that includes Beast and OpenSSL
// costs some 20 s of compilation.
#include <sfmodels/client/call.hpp>

#include <sfmodels/client/poll.hpp>
#include <sfmodels/rest/operations/faults.hpp>
#include <sfmodels/rest/operations/nodes.hpp>
#include <sfmodels/rest/operations/properties.hpp>
#include <sfmodels/rest/paging.hpp>

#include "alloc_counter.hpp"
#include "certificates.hpp"
#include "tls_server.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <string>
#include <thread>

namespace {

namespace client = sfmodels::client;
namespace rest = sfmodels::rest;
using sfmodels::test::tls_server;
using namespace std::chrono_literals;

using reply = tls_server::reply;

constexpr char running[] = R"({"State":"Running"})";
constexpr char completed[] = R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0}})";
constexpr char unavailable[] = R"({"Error":{"Code":"FABRIC_E_SERVICE_OFFLINE","Message":"busy"}})";

boost::uuids::uuid id(std::string_view text)
{
    boost::uuids::uuid u{};
    EXPECT_TRUE(sfmodels::detail::parse_uuid(text, u));
    return u;
}

rest::GetDataLossProgress const progress_op{.serviceId = "fabric:/shop/cart",
                                            .partitionId = id("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
                                            .OperationId = id("f00dfeed-0000-4000-8000-00000000abcd")};

// Every test needs the certificates, so every test skips without openssl.
class Client : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!sfmodels::test::has_openssl_command())
            GTEST_SKIP() << "no openssl command to make the test certificates with";
        ASSERT_TRUE(certs().ok()) << certs().error;
    }

    static sfmodels::test::certificates const& certs() { return sfmodels::test::test_certificates(); }

    static tls_server::options server_options(bool require_client_certificate = true)
    {
        return {certs().server_cert, certs().server_key, require_client_certificate ? certs().ca : std::string()};
    }

    /// A client certificate the server takes, and the server pinned by its SHA-1 thumbprint.
    static client::connection_options client_options()
    {
        client::connection_options o;
        o.tls.certificate_file = certs().client_cert;
        o.tls.key_file = certs().client_key;
        o.tls.server_thumbprint = certs().server_sha1;
        return o;
    }

    static std::string url(tls_server const& s) { return "https://127.0.0.1:" + s.port(); }

    static client::call_options quick()
    {
        client::call_options o;
        o.timeout = 5s;
        o.retry.first_backoff = 10ms;
        return o;
    }

    /// Opens `c` on `s`; a test fails if that does.
    static void open(client::connection& c, tls_server const& s, client::connection_options const& o = client_options())
    {
        client::call_error const e = c.open(url(s), o);
        ASSERT_FALSE(e) << e.message();
    }

    /// Opens `conn_` on `s` and makes one GetDataLossProgress call into `progress_`.
    client::call_error call_progress(tls_server const& s, client::connection_options const& o = client_options())
    {
        open(conn_, s, o);
        return client::call(conn_, progress_op, progress_, quick());
    }

    client::connection conn_;
    rest::response<rest::GetDataLossProgress> progress_;
};

tls_server::handler always(unsigned status, std::string body)
{
    return [=](tls_server::request const&) { return std::optional<reply>(reply{status, body}); };
}


// ---- who talks to whom

TEST_F(Client, ClientCertificateIsAccepted)
{
    tls_server server(server_options(), always(200, running));
    client::call_error const e = call_progress(server);
    ASSERT_FALSE(e) << e.message();
    ASSERT_TRUE(progress_.ok()) << progress_.message();
    EXPECT_EQ(progress_.value().State->spelling(), "Running");
    ASSERT_EQ(server.requests().size(), 1u);
    EXPECT_EQ(server.requests()[0].method, "GET");
    EXPECT_EQ(server.requests()[0].target,
              "/Faults/Services/shop~cart/$/GetPartitions/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/$/GetDataLossProgress"
              "?api-version=6.0&OperationId=f00dfeed-0000-4000-8000-00000000abcd&timeout=60");
}

TEST_F(Client, EncryptedKeyWithItsPassword)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.key_file = certs().client_key_encrypted;
    o.tls.key_password = certs().password;
    client::call_error const e = call_progress(server, o);
    ASSERT_FALSE(e) << e.message();
    EXPECT_TRUE(progress_.ok());
}

TEST_F(Client, EncryptedKeyWithTheWrongPasswordDoesNotLoad)
{
    auto o = client_options();
    o.tls.key_file = certs().client_key_encrypted;
    o.tls.key_password = "not it";
    client::connection c;
    client::call_error const e = c.open("https://127.0.0.1:1", o);
    EXPECT_EQ(e.code, client::errc::bad_tls_options);
    EXPECT_NE(e.detail.find("cannot load client key"), std::string::npos) << e.message();
}

TEST_F(Client, MissingClientCertificateIsRefused)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.certificate_file.clear();
    o.tls.key_file.clear();
    client::call_error const e = call_progress(server, o);
    EXPECT_TRUE(e);
    EXPECT_TRUE(server.requests().empty());
}

TEST_F(Client, ClientCertificateFromAnotherCaIsRefused)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.certificate_file = certs().wrong_client_cert;
    o.tls.key_file = certs().wrong_client_key;
    client::call_error const e = call_progress(server, o);
    EXPECT_TRUE(e);
    EXPECT_TRUE(server.requests().empty());
}

TEST_F(Client, WrongServerThumbprintIsRefusedAndSaysWhy)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.server_thumbprint = std::string(40, 'a');
    client::call_error const e = call_progress(server, o);
    EXPECT_EQ(e.code, client::errc::server_verification_failed);
    std::string actual = certs().server_sha1;
    std::erase(actual, ':');
    EXPECT_EQ(e.detail, "server certificate thumbprint " + actual + " (CN=localhost) does not match expected " +
                            std::string(40, 'A'));
    EXPECT_EQ(e.attempts, 1u);   // not a failure that a retry could mend
    EXPECT_TRUE(server.requests().empty());
    EXPECT_EQ(conn_.connects(), 0u);
}

TEST_F(Client, Sha256ThumbprintIsAccepted)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.server_thumbprint = certs().server_sha256;
    client::call_error const e = call_progress(server, o);
    EXPECT_FALSE(e) << e.message();
}

TEST_F(Client, ServerNameWithCa)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.server_thumbprint.clear();
    o.tls.ca_file = certs().ca;
    o.tls.server_name = "localhost";
    client::connection good;
    open(good, server, o);
    rest::response<rest::GetDataLossProgress> r;
    client::call_error e = client::call(good, progress_op, r, quick());
    EXPECT_FALSE(e) << e.message();

    o.tls.server_name = "cluster.example.com";
    client::connection bad;
    open(bad, server, o);
    e = client::call(bad, progress_op, r, quick());
    EXPECT_EQ(e.code, client::errc::server_verification_failed);
    EXPECT_EQ(e.detail, "server certificate CN=localhost does not name expected cluster.example.com");
    EXPECT_EQ(server.requests().size(), 1u);
}

TEST_F(Client, CaAloneChecksTheChainAndTheHost)
{
    tls_server server(server_options(), always(200, running));
    auto o = client_options();
    o.tls.server_thumbprint.clear();
    o.tls.ca_file = certs().ca;
    client::connection good;
    open(good, server, o);   // 127.0.0.1 is in the certificate's subject alternative names
    rest::response<rest::GetDataLossProgress> r;
    client::call_error e = client::call(good, progress_op, r, quick());
    EXPECT_FALSE(e) << e.message();

    o.tls.ca_file = certs().wrong_client_cert;   // a certificate of another CA: the chain does not verify
    client::connection bad;
    open(bad, server, o);
    e = client::call(bad, progress_op, r, quick());
    EXPECT_EQ(e.code, client::errc::server_verification_failed);
    EXPECT_TRUE(e.detail.starts_with("server certificate chain does not verify: ")) << e.detail;
}

TEST_F(Client, NoWayToVerifyTheServerIsRefused)
{
    auto o = client_options();
    o.tls.server_thumbprint.clear();
    client::connection c;
    client::call_error const e = c.open("https://127.0.0.1:1", o);
    EXPECT_EQ(e.code, client::errc::bad_tls_options);
    EXPECT_FALSE(c.is_open());
    rest::response<rest::GetDataLossProgress> r;
    EXPECT_EQ(client::call(c, progress_op, r, quick()).code, client::errc::not_open);
}

TEST_F(Client, PlainHttpOnlyWhenAllowed)
{
    client::connection c;
    EXPECT_EQ(c.open("http://127.0.0.1:1", {}).code, client::errc::insecure_http_not_allowed);
    client::connection_options o;
    o.allow_insecure_http = true;
    EXPECT_FALSE(c.open("http://127.0.0.1:1", o));
    EXPECT_EQ(c.open("ftp://127.0.0.1:1", o).code, client::errc::bad_endpoint);
}

// ---- one connection, kept

TEST_F(Client, CallsShareOneConnection)
{
    tls_server server(server_options(), always(200, running));
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    for (int i = 0; i < 5; ++i) {
        client::call_error const e = client::call(c, progress_op, r, quick());
        ASSERT_FALSE(e) << e.message();
        EXPECT_TRUE(r.ok());
    }
    EXPECT_EQ(server.requests().size(), 5u);
    EXPECT_EQ(server.accepted(), 1u);
    EXPECT_EQ(c.connects(), 1u);
}

TEST_F(Client, ReconnectsWhenTheServerClosedTheConnection)
{
    tls_server server(server_options(), [](tls_server::request const&) {
        return std::optional<reply>(reply{.status = 200, .body = running, .drop = true});   // no warning
    });
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    for (int i = 0; i < 3; ++i) {
        client::call_error const e = client::call(c, progress_op, r, quick());
        ASSERT_FALSE(e) << e.message();
        EXPECT_TRUE(r.ok());
    }
    EXPECT_EQ(server.requests().size(), 3u);
    EXPECT_EQ(server.accepted(), 3u);
}

TEST_F(Client, ConnectionCloseIsHonoured)
{
    std::atomic<int> n{0};
    tls_server server(server_options(), [&](tls_server::request const&) {
        return std::optional<reply>(reply{.status = 200, .body = running, .close = ++n == 1});
    });
    client::connection c;
    open(c, server);
    rest::response<rest::CreateName> created;   // a POST: never repeated, so no retry hides a stale connection
    rest::CreateName const create{.NameDescription = sfmodels::NameDescription{.Name = "fabric:/a"}};
    for (int i = 0; i < 3; ++i) {
        client::call_error const e = client::call(c, create, created, quick());
        ASSERT_FALSE(e) << e.message();
        EXPECT_EQ(e.attempts, 1u);
    }
    EXPECT_EQ(server.accepted(), 2u);
}

// ---- deadlines and cancellation

TEST_F(Client, SlowServerHitsTheDeadline)
{
    tls_server server(server_options(), [](tls_server::request const&) { return std::optional<reply>(); });
    client::connection c;
    open(c, server);
    auto o = quick();
    o.timeout = 300ms;
    rest::response<rest::GetDataLossProgress> r;
    auto const begin = std::chrono::steady_clock::now();
    client::call_error const e = client::call(c, progress_op, r, o);
    auto const took = std::chrono::steady_clock::now() - begin;
    EXPECT_EQ(e.code, client::errc::timeout) << e.message();
    EXPECT_GE(took, 290ms);
    EXPECT_LT(took, 3s);
    EXPECT_EQ(server.requests().size(), 1u);
}

TEST_F(Client, CancelStopsACallInProgress)
{
    std::promise<void> arrived;
    tls_server server(server_options(), [&](tls_server::request const&) {
        arrived.set_value();
        return std::optional<reply>();
    });
    client::connection c;
    open(c, server);
    std::thread canceller([&] {
        arrived.get_future().wait();
        c.cancel();
    });
    rest::response<rest::GetDataLossProgress> r;
    auto const begin = std::chrono::steady_clock::now();
    client::call_error const e = client::call(c, progress_op, r, quick());
    canceller.join();
    EXPECT_EQ(e.code, client::errc::cancelled) << e.message();
    EXPECT_LT(std::chrono::steady_clock::now() - begin, 4s);
}

// ---- retries

TEST_F(Client, ServiceUnavailableThenOkIsRetried)
{
    std::atomic<int> n{0};
    tls_server server(server_options(), [&](tls_server::request const&) {
        return std::optional<reply>(++n == 1 ? reply{503, unavailable} : reply{200, completed});
    });
    client::call_error const e = call_progress(server);
    ASSERT_FALSE(e) << e.message();
    EXPECT_EQ(e.attempts, 2u);
    ASSERT_TRUE(progress_.ok()) << progress_.message();
    EXPECT_EQ(progress_.value().State->spelling(), "Completed");
    EXPECT_EQ(server.requests().size(), 2u);
}

TEST_F(Client, PostWithOperationIdIsRetried)
{
    std::atomic<int> n{0};
    tls_server server(server_options(), [&](tls_server::request const&) {
        return std::optional<reply>(++n == 1 ? reply{503, unavailable} : reply{202, ""});
    });
    client::connection c;
    open(c, server);
    rest::StartDataLoss const start{.serviceId = "app~svc",
                                    .partitionId = progress_op.partitionId.get(),
                                    .OperationId = progress_op.OperationId.get(),
                                    .DataLossMode = sfmodels::DataLossMode::PartialDataLoss};
    rest::response<rest::StartDataLoss> r;
    client::call_error const e = client::call(c, start, r, quick());
    ASSERT_FALSE(e) << e.message();
    EXPECT_EQ(e.attempts, 2u);
    EXPECT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(r.status(), 202u);
}

TEST_F(Client, PostWithoutOperationIdIsNotRetried)
{
    tls_server server(server_options(), always(503, unavailable));
    client::connection c;
    open(c, server);
    rest::response<rest::CreateName> r;
    client::call_error const e =
        client::call(c, rest::CreateName{.NameDescription = sfmodels::NameDescription{.Name = "fabric:/a"}}, r, quick());
    ASSERT_FALSE(e) << e.message();
    EXPECT_EQ(e.attempts, 1u);
    EXPECT_EQ(r.status(), 503u);
    EXPECT_EQ(r.kind(), rest::response_kind::fabric_error);
    ASSERT_EQ(server.requests().size(), 1u);
    EXPECT_EQ(server.requests()[0].body, R"({"Name":"fabric:/a"})");
}

TEST_F(Client, RetriesStopAfterMaxAttempts)
{
    tls_server server(server_options(), always(503, unavailable));
    client::call_error const e = call_progress(server);
    ASSERT_FALSE(e) << e.message();
    EXPECT_EQ(e.attempts, 3u);
    EXPECT_EQ(progress_.message(), "HTTP 503: FABRIC_E_SERVICE_OFFLINE: busy");
    EXPECT_EQ(server.requests().size(), 3u);
}

TEST_F(Client, NoRetryThatWouldOutliveTheDeadline)
{
    tls_server server(server_options(), always(503, unavailable));
    client::connection c;
    open(c, server);
    client::call_options o;
    o.timeout = 250ms;   // room for the 100 ms wait, not for the 200 ms one after it
    rest::response<rest::GetDataLossProgress> r;
    auto const begin = std::chrono::steady_clock::now();
    client::call_error const e = client::call(c, progress_op, r, o);
    ASSERT_FALSE(e) << e.message();   // the last 503 stands
    EXPECT_LT(e.attempts, 3u);
    EXPECT_EQ(r.status(), 503u);
    EXPECT_LT(std::chrono::steady_clock::now() - begin, 250ms);
}

TEST_F(Client, RefusedConnectionIsRetriedThenReported)
{
    client::connection c;
    {
        tls_server gone(server_options(), always(200, running));
        open(c, gone);   // the port is free again once the server is gone
    }
    rest::response<rest::GetDataLossProgress> r;
    client::call_error const e = client::call(c, progress_op, r, quick());
    EXPECT_EQ(e.code, boost::asio::error::connection_refused) << e.message();
    EXPECT_EQ(e.attempts, 3u);
}

// ---- bodies

TEST_F(Client, ChunkedBodyDecodes)
{
    tls_server server(server_options(), [](tls_server::request const&) {
        return std::optional<reply>(reply{.status = 200, .body = completed, .chunk = 5});
    });
    client::call_error const e = call_progress(server);
    ASSERT_FALSE(e) << e.message();
    ASSERT_TRUE(progress_.has_value()) << progress_.message();
    EXPECT_EQ(progress_.value(), rest::read_response<rest::GetDataLossProgress>(200, completed).value());
    EXPECT_EQ(progress_.value().InvokeDataLossResult->ErrorCode, 0);
}

TEST_F(Client, FabricErrorComesBackTyped)
{
    tls_server server(server_options(), [](tls_server::request const&) {
        return std::optional<reply>(
            reply{.status = 404, .body = R"({"Error":{"Code":"FABRIC_E_PARTITION_NOT_FOUND","Message":"gone"}})", .chunk = 9});
    });
    client::call_error const e = call_progress(server);
    ASSERT_FALSE(e) << e.message();
    EXPECT_EQ(e.attempts, 1u);
    ASSERT_EQ(progress_.kind(), rest::response_kind::fabric_error);
    EXPECT_EQ(progress_.status(), 404u);
    EXPECT_EQ(progress_.fabric_error().Error.Code, sfmodels::FabricErrorCodes::FABRIC_E_PARTITION_NOT_FOUND);
    EXPECT_EQ(progress_.message(), "HTTP 404: FABRIC_E_PARTITION_NOT_FOUND: gone");
}

TEST_F(Client, BodyThatDoesNotDecodeIsAFailure)
{
    tls_server server(server_options(), always(200, R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":"x"}})"));
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    ASSERT_FALSE(client::call(c, progress_op, r, quick()));
    EXPECT_EQ(r.kind(), rest::response_kind::failure);
    EXPECT_TRUE(r.message().starts_with("HTTP 200: response body does not decode: not an integer at "
                                        "/InvokeDataLossResult/ErrorCode"))
        << r.message();
}

TEST_F(Client, InvalidParameterSendsNothing)
{
    tls_server server(server_options(), always(200, running));
    client::connection c;
    open(c, server);
    auto op = progress_op;
    op.serviceId = sfmodels::rest::service_id::from_name("shop/cart");
    rest::response<rest::GetDataLossProgress> r;
    client::call_error const e = client::call(c, op, r, quick());
    EXPECT_EQ(e.code, client::errc::invalid_request);
    EXPECT_TRUE(e.detail.starts_with("GetDataLossProgress: serviceId: ")) << e.detail;
    EXPECT_EQ(server.accepted(), 0u);
}

// ---- polling and paging

TEST_F(Client, PollUntilTerminalState)
{
    std::atomic<int> n{0};
    tls_server server(server_options(), [&](tls_server::request const&) {
        return std::optional<reply>(reply{200, ++n < 3 ? running : completed});
    });
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    client::poll_result const p = client::poll_until_finished(c, progress_op, r, {.interval = 10ms, .deadline = 5s, .call = quick()});
    ASSERT_TRUE(p.ok()) << p.error.message();
    EXPECT_EQ(p.polls, 3u);
    EXPECT_EQ(r.value().State->spelling(), "Completed");
    EXPECT_EQ(server.accepted(), 1u);
}

TEST_F(Client, PollStopsAtItsDeadline)
{
    tls_server server(server_options(), always(200, running));
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    auto const begin = std::chrono::steady_clock::now();
    client::poll_result const p = client::poll_until_finished(c, progress_op, r, {.interval = 50ms, .deadline = 300ms, .call = quick()});
    EXPECT_EQ(p.end, client::poll_end::failed);
    EXPECT_EQ(p.error.code, client::errc::timeout);
    EXPECT_GE(p.polls, 2u);
    EXPECT_LT(std::chrono::steady_clock::now() - begin, 3s);
}

TEST_F(Client, PollStopsAtAFabricError)
{
    tls_server server(server_options(), always(404, R"({"Error":{"Code":"FABRIC_E_TEST_COMMAND_OPERATION_ID_NOT_FOUND"}})"));
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    client::poll_result const p = client::poll_until_finished(c, progress_op, r, {.interval = 10ms, .deadline = 5s, .call = quick()});
    EXPECT_EQ(p.end, client::poll_end::not_ok);
    EXPECT_EQ(p.polls, 1u);
    EXPECT_EQ(r.status(), 404u);
}

TEST_F(Client, ForEachPageFetchesThroughTheClient)
{
    tls_server server(server_options(), [](tls_server::request const& q) {
        bool const second = q.target.find("ContinuationToken=p2") != std::string::npos;
        return std::optional<reply>(reply{200, second ? R"({"ContinuationToken":"","Items":[{"Name":"n2"}]})"
                                                      : R"({"ContinuationToken":"p2","Items":[{"Name":"n1"}]})"});
    });
    client::connection c;
    open(c, server);
    rest::response<rest::GetNodeInfoList> page;
    client::call_error last;
    std::vector<std::string> names;
    rest::page_result const p =
        rest::for_each_page(rest::GetNodeInfoList{}, page, client::fetch_with(c, quick(), &last), [&](auto& list) {
            for (auto const& node : list.Items.value())
                names.push_back(node.Name.value_or("?"));
        });
    ASSERT_TRUE(p.ok()) << p.message << ' ' << last.message();
    EXPECT_EQ(p.pages, 2u);
    EXPECT_EQ(names, (std::vector<std::string>{"n1", "n2"}));
    EXPECT_EQ(server.accepted(), 1u);
}

// ---- allocations

TEST_F(Client, SteadyStatePollAllocatesNothing)
{
    if (!sfmodels_test::counting_available())
        GTEST_SKIP() << "allocations are not counted in this build (sanitizers replace operator new)";
    tls_server server(server_options(), always(200, completed));
    client::connection c;
    open(c, server);
    rest::response<rest::GetDataLossProgress> r;
    for (int i = 0; i < 3; ++i)   // connect, size the buffers, the decoders and the response
        ASSERT_FALSE(client::call(c, progress_op, r, quick()));
    constexpr int calls = 50;
    sfmodels_test::allocation_count const n = sfmodels_test::count_allocations([&] {
        for (int i = 0; i < calls; ++i)
            if (client::call(c, progress_op, r, quick()))
                return;
    });
    EXPECT_EQ(server.requests().size(), 3u + calls);
    EXPECT_EQ(c.connects(), 1u);
    RecordProperty("operator_new_per_call", std::to_string(double(n.operator_new) / calls));
    RecordProperty("openssl_malloc_per_call", std::to_string(double(n.openssl) / calls));
    std::printf("steady-state call: %.2f operator new, %.2f OpenSSL allocations per call (%s)\n",
                double(n.operator_new) / calls, double(n.openssl) / calls,
                n.openssl_counted ? "OpenSSL counted" : "OpenSSL not counted");
    EXPECT_EQ(n.operator_new, 0u);
    // OpenSSL 3.0 mallocs four 40-byte WPACKET structures per call as it writes
    // records; its 16 KiB record buffers are kept (three more mallocs a call
    // with Asio's SSL_MODE_RELEASE_BUFFERS, which the connection clears).
    if (n.openssl_counted) {
        EXPECT_LE(n.openssl, 4u * calls);
    }
}

} // namespace
