// Over real HTTP against a loopback server: for_each_page() walks the pages
// of GetNodeInfoList, and a request body written by encode_body() reaches the
// server intact.
#include <sfmodels/rest/paging.hpp>

#include "loopback_server.hpp"

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/rest/operations/applications.hpp>
#include <sfmodels/rest/operations/nodes.hpp>
#include <sfmodels/rest/request.hpp>
#include <sfmodels/rest/response.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace rest = sfmodels::rest;
using sfmodels::test::loopback_server;
using namespace std::chrono_literals;

// A blocking Beast client: one connection per request, each bounded by a deadline.
class client
{
public:
    explicit client(std::string port) : port_(std::move(port)) {}

    boost::system::error_code send(std::string_view method, std::string_view target, std::string_view body,
                                   unsigned& status, std::string& reply)
    {
        namespace http = boost::beast::http;
        using tcp = boost::asio::ip::tcp;
        boost::system::error_code result;
        auto const endpoints = tcp::resolver(ioc_).resolve("127.0.0.1", port_, result);
        if (result)
            return result;
        http::request<http::string_body> req(http::string_to_verb(method), target, 11);
        req.set(http::field::host, "127.0.0.1");
        if (!body.empty()) {
            req.set(http::field::content_type, "application/json");
            req.body() = body;
        }
        req.prepare_payload();

        boost::beast::tcp_stream stream(ioc_);
        boost::beast::flat_buffer buffer;
        http::response<http::string_body> res;
        stream.expires_after(2s);
        stream.async_connect(endpoints, [&](boost::system::error_code ec, tcp::endpoint const&) {
            if (ec)
                return void(result = ec);
            http::async_write(stream, req, [&](boost::system::error_code ec, std::size_t) {
                if (ec)
                    return void(result = ec);
                http::async_read(stream, buffer, res, [&](boost::system::error_code ec, std::size_t) { result = ec; });
            });
        });
        ioc_.restart();
        ioc_.run();
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        if (!result) {
            status = res.result_int();
            reply = std::move(res.body());
        }
        return result;
    }

    /// Writes the target and body of `op`, sends them and reads the reply into `r`.
    template<rest::operation Op>
    boost::system::error_code call(Op const& op, rest::response<Op>& r)
    {
        std::array<char, 1024> target;
        auto const t = rest::write_target(op, target);
        if (t)
            return t.error.code;
        if (auto const ec = rest::encode_body(op, body_))
            return ec;
        unsigned status = 0;
        if (auto const ec = send(Op::info.method, t.target, body_, status, reply_))
            return ec;
        r.read(status, reply_);
        return {};
    }

private:
    boost::asio::io_context ioc_;
    std::string port_;
    std::string body_, reply_;   // reused from call to call
};

std::string node(std::string_view name, std::string_view ip, bool seed)
{
    return R"({"Name":")" + std::string(name) + R"(","IpAddressOrFQDN":")" + std::string(ip) +
           R"(","Type":"NodeType0","NodeStatus":"Up","HealthState":"Ok","IsSeedNode":)" + (seed ? "true" : "false") +
           R"(,"Id":{"Id":"5f1b)" + std::string(name.substr(name.size() - 1)) + R"("}})";
}

// GetNodeInfoList in three pages: tokens "p2", "p3", then none.
std::optional<loopback_server::reply> nodes_in_pages(loopback_server::request const& q)
{
    if (q.method != "GET" || !q.target.starts_with("/Nodes?"))
        return loopback_server::reply{404, R"({"Error":{"Code":"E_INVALIDARG","Message":"no such route"}})"};
    if (q.target.find("ContinuationToken=p3") != std::string::npos)
        return loopback_server::reply{200, R"({"ContinuationToken":"","Items":[)" + node("_Node_4", "10.0.0.8", false) +
                                               "]}"};
    if (q.target.find("ContinuationToken=p2") != std::string::npos)
        return loopback_server::reply{200, R"({"ContinuationToken":"p3","Items":[)" +
                                               node("_Node_2", "10.0.0.6", false) + "," +
                                               node("_Node_3", "10.0.0.7", false) + "]}"};
    return loopback_server::reply{200, R"({"ContinuationToken":"p2","Items":[)" + node("_Node_0", "10.0.0.4", true) +
                                           "," + node("_Node_1", "10.0.0.5", true) + "]}"};
}

TEST(PagingOverHttp, EveryNodeOfThreePagesInOrder)
{
    loopback_server server(nodes_in_pages);
    client http(server.port());
    rest::response<rest::GetNodeInfoList> r;
    std::vector<sfmodels::NodeInfo> nodes;
    rest::GetNodeInfoList op;
    op.MaxResults = 2;
    auto const res = rest::for_each_page(
        op, r, [&](auto const& o, auto& resp) { return http.call(o, resp); },
        [&](sfmodels::PagedNodeInfoList const& page) {
            for (auto const& n : page.Items.value())
                nodes.push_back(n);
        });
    ASSERT_TRUE(res.ok()) << res.message;
    EXPECT_EQ(res.end, rest::page_end::last_page);
    EXPECT_EQ(res.pages, 3u);

    ASSERT_EQ(nodes.size(), 5u);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        EXPECT_EQ(nodes[i].Name, "_Node_" + std::to_string(i));
        EXPECT_EQ(nodes[i].IpAddressOrFQDN, "10.0.0." + std::to_string(i + 4));
        EXPECT_EQ(nodes[i].NodeStatus, sfmodels::NodeStatus::Up);
        EXPECT_EQ(nodes[i].IsSeedNode, i < 2);
        ASSERT_TRUE(nodes[i].Id);
        EXPECT_EQ(nodes[i].Id->Id, "5f1b" + std::to_string(i));
    }

    auto const seen = server.requests();
    ASSERT_EQ(seen.size(), 3u);
    EXPECT_EQ(seen[0].target, "/Nodes?api-version=6.3&MaxResults=2&timeout=60");
    EXPECT_EQ(seen[1].target, "/Nodes?api-version=6.3&ContinuationToken=p2&MaxResults=2&timeout=60");
    EXPECT_EQ(seen[2].target, "/Nodes?api-version=6.3&ContinuationToken=p3&MaxResults=2&timeout=60");
    for (auto const& q : seen) {
        EXPECT_EQ(q.method, "GET");
        EXPECT_EQ(q.body, "");
    }
}

TEST(PagingOverHttp, AFabricErrorOnPage2StopsTheWalk)
{
    loopback_server server([](loopback_server::request const& q) -> std::optional<loopback_server::reply> {
        if (q.target.find("ContinuationToken=") != std::string::npos)
            return loopback_server::reply{503, R"({"Error":{"Code":"FABRIC_E_SERVICE_OFFLINE","Message":"busy"}})"};
        return nodes_in_pages(q);
    });
    client http(server.port());
    rest::response<rest::GetNodeInfoList> r;
    std::size_t nodes = 0;
    auto const res = rest::for_each_page(
        rest::GetNodeInfoList{}, r, [&](auto const& o, auto& resp) { return http.call(o, resp); },
        [&](sfmodels::PagedNodeInfoList const& page) { nodes += page.Items->size(); });
    EXPECT_EQ(res.end, rest::page_end::not_ok);
    EXPECT_EQ(res.message, "page 2: HTTP 503: FABRIC_E_SERVICE_OFFLINE: busy");
    EXPECT_EQ(res.pages, 1u);
    EXPECT_EQ(nodes, 2u);
    EXPECT_EQ(server.requests().size(), 2u);
}

// Records the bodies a server decoded, under a lock: the server has its own thread.
template<class Model>
struct decoded_bodies
{
    std::mutex mutex;
    std::vector<Model> bodies;
    std::vector<std::string> errors;

    void add(std::string_view json)
    {
        Model m{};
        auto const r = sfmodels::decode(json, m);
        std::lock_guard lock(mutex);
        if (r)
            errors.push_back(r.message());
        else
            bodies.push_back(std::move(m));
    }
};

TEST(BodyOverHttp, ReportNodeHealth)
{
    decoded_bodies<sfmodels::HealthInformation> decoded;
    loopback_server server([&](loopback_server::request const& q) -> std::optional<loopback_server::reply> {
        decoded.add(q.body);
        return loopback_server::reply{200, ""};
    });
    client http(server.port());

    sfmodels::HealthInformation const report{
        .SourceId = "watchdog/disk",
        .Property = "FreeSpace \"D:\"",
        .HealthState = sfmodels::HealthState::Warning,
        .TimeToLiveInMilliSeconds = std::chrono::minutes(5),
        .Description = "below 10%: 8.5 GB free\nresize soon",
        .SequenceNumber = "42",
        .RemoveWhenExpired = true,
    };
    rest::ReportNodeHealth const op{.nodeName = "_Node 0", .HealthInformation = report, .Immediate = true};
    rest::response<rest::ReportNodeHealth> r;
    ASSERT_FALSE(http.call(op, r));
    EXPECT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(r.status(), 200u);

    auto const seen = server.requests();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].method, "POST");
    EXPECT_EQ(seen[0].target, "/Nodes/_Node%200/$/ReportHealth?api-version=6.0&Immediate=true&timeout=60");
    EXPECT_EQ(seen[0].content_type, "application/json");
    std::lock_guard lock(decoded.mutex);
    EXPECT_EQ(decoded.errors, std::vector<std::string>{});
    ASSERT_EQ(decoded.bodies.size(), 1u);
    EXPECT_EQ(decoded.bodies[0], report);
}

TEST(BodyOverHttp, CreateApplication)
{
    decoded_bodies<sfmodels::ApplicationDescription> decoded;
    loopback_server server([&](loopback_server::request const& q) -> std::optional<loopback_server::reply> {
        decoded.add(q.body);
        return loopback_server::reply{201, ""};
    });
    client http(server.port());

    sfmodels::ApplicationDescription const app{
        .Name = "fabric:/shop",
        .TypeName = "ShopType",
        .TypeVersion = "1.2.0",
        .ParameterList = std::vector<sfmodels::ApplicationParameter>{{.Key = "Cart_InstanceCount", .Value = "-1"},
                                                                     {.Key = "Greeting", .Value = "h\u00e9llo, \"world\""}},
    };
    rest::response<rest::CreateApplication> r;
    ASSERT_FALSE(http.call(rest::CreateApplication{.ApplicationDescription = app}, r));
    EXPECT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(r.status(), 201u);

    auto const seen = server.requests();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].method, "POST");
    EXPECT_EQ(seen[0].target, "/Applications/$/Create?api-version=6.0&timeout=60");
    std::lock_guard lock(decoded.mutex);
    EXPECT_EQ(decoded.errors, std::vector<std::string>{});
    ASSERT_EQ(decoded.bodies.size(), 1u);
    EXPECT_EQ(decoded.bodies[0], app);
    ASSERT_TRUE(decoded.bodies[0].ParameterList);
    EXPECT_EQ(decoded.bodies[0].ParameterList->at(1).Value, "h\u00e9llo, \"world\"");
}

} // namespace
