#include <sfmodels/rest/paging.hpp>

#include <sfmodels/rest/operation_list.hpp>
#include <sfmodels/rest/operations/nodes.hpp>

#include <gtest/gtest.h>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {
namespace rest_paging_test {

namespace rest = sfmodels::rest;
using rest::GetNodeInfoList;
using rest::page_end;

static_assert(rest::paged_operation<GetNodeInfoList>);
static_assert(rest::paged_operation<rest::GetChaosEvents>);
static_assert(rest::paged_operation<rest::UpdatePartitionLoad>);   // a POST with a body pages too
static_assert(!rest::paged_operation<rest::GetNodeInfo>);
static_assert(!rest::paged_operation<rest::ReportNodeHealth>);
static_assert(!rest::paged_operation<int>);

TEST(PagedOperation, EveryOperationWithAContinuationTokenIsPaged)
{
    std::vector<std::string_view> with_token, paged;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, rest::operations>>([&](auto t) {
        using Op = typename decltype(t)::type;
        if constexpr (requires { &Op::ContinuationToken; }) {
            with_token.push_back(Op::info.name);
            if (rest::paged_operation<Op>)
                paged.push_back(Op::info.name);
        }
    });
    EXPECT_FALSE(with_token.empty());
    EXPECT_EQ(paged, with_token);
}

// One scripted reply of the fake server.
struct reply
{
    unsigned status = 200;
    std::string body;
};

// A fetch with no network: writes each request's target as a client would,
// records it, and reads the next scripted reply into the response.
struct fake_fetch
{
    std::vector<reply> replies;
    std::vector<std::string> targets;

    bool operator()(GetNodeInfoList const& op, rest::response<GetNodeInfoList>& r)
    {
        std::array<char, 512> buf;
        auto const t = rest::write_target(op, buf);
        if (t)
            return false;
        targets.emplace_back(t.target);
        if (targets.size() > replies.size()) {
            ADD_FAILURE() << "request " << targets.size() << " was not expected: " << t.target;
            return false;
        }
        auto const& next = replies[targets.size() - 1];
        r.read(next.status, next.body);
        return true;
    }
};

// A page of two nodes named after `first`, and the token of the next one.
std::string page(std::string_view first, std::string_view token)
{
    std::string s = R"({"Items":[{"Name":")" + std::string(first) + R"(_0"},{"Name":")" + std::string(first) +
                    R"(_1"}])";
    if (token != "<none>")
        s += R"(,"ContinuationToken":")" + std::string(token) + '"';
    return s + "}";
}

// Collects the node names of every page.
struct names
{
    std::vector<std::string> seen;
    void operator()(sfmodels::PagedNodeInfoList const& p)
    {
        for (auto const& n : p.Items.value_or(std::vector<sfmodels::NodeInfo>{}))
            seen.push_back(n.Name.value_or("?"));
    }
};

std::string const first_target = "/Nodes?api-version=6.3&timeout=60";

TEST(ForEachPage, ThreePagesThenAnEmptyToken)
{
    fake_fetch fetch{{{200, page("a", "node 1/+x&y=z")}, {200, page("b", "p3")}, {200, page("c", "")}}, {}};
    rest::response<GetNodeInfoList> r;
    names n;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, n);
    EXPECT_TRUE(res.ok()) << res.message;
    EXPECT_FALSE(res);
    EXPECT_EQ(res.end, page_end::last_page);
    EXPECT_EQ(res.pages, 3u);
    EXPECT_EQ(res.message, "");
    EXPECT_EQ(n.seen, (std::vector<std::string>{"a_0", "a_1", "b_0", "b_1", "c_0", "c_1"}));
    // The token of page k goes out, percent-encoded, in request k + 1.
    EXPECT_EQ(fetch.targets, (std::vector<std::string>{
                                 first_target,
                                 "/Nodes?api-version=6.3&ContinuationToken=node%201%2F%2Bx%26y%3Dz&timeout=60",
                                 "/Nodes?api-version=6.3&ContinuationToken=p3&timeout=60",
                             }));
}

TEST(ForEachPage, AnAbsentTokenEndsTheWalkToo)
{
    fake_fetch fetch{{{200, page("a", "p2")}, {200, page("b", "<none>")}}, {}};
    rest::response<GetNodeInfoList> r;
    names n;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, n);
    EXPECT_EQ(res.end, page_end::last_page);
    EXPECT_EQ(res.pages, 2u);
    EXPECT_EQ(fetch.targets.size(), 2u);
    EXPECT_EQ(n.seen.size(), 4u);
}

TEST(ForEachPage, OtherParametersGoOutOnEveryPage)
{
    fake_fetch fetch{{{200, page("a", "p2")}, {200, page("b", "")}}, {}};
    rest::response<GetNodeInfoList> r;
    GetNodeInfoList op;
    op.NodeStatusFilter = "up";
    op.MaxResults = 2;
    auto const res = rest::for_each_page(op, r, fetch, [](auto const&) {});
    EXPECT_EQ(res.end, page_end::last_page);
    EXPECT_EQ(fetch.targets, (std::vector<std::string>{
                                 "/Nodes?api-version=6.3&NodeStatusFilter=up&MaxResults=2&timeout=60",
                                 "/Nodes?api-version=6.3&ContinuationToken=p2&NodeStatusFilter=up&MaxResults=2&timeout=60",
                             }));
    EXPECT_FALSE(op.ContinuationToken);   // the caller's operation is a copy
}

TEST(ForEachPage, ResumesFromTheTokenGiven)
{
    fake_fetch fetch{{{200, page("c", "")}}, {}};
    rest::response<GetNodeInfoList> r;
    auto const res = rest::for_each_page(GetNodeInfoList{.ContinuationToken = "p3"}, r, fetch, names{});
    EXPECT_EQ(res.end, page_end::last_page);
    EXPECT_EQ(res.pages, 1u);
    EXPECT_EQ(fetch.targets, (std::vector<std::string>{"/Nodes?api-version=6.3&ContinuationToken=p3&timeout=60"}));
}

TEST(ForEachPage, OnPageCanStopEarly)
{
    fake_fetch fetch{{{200, page("a", "p2")}, {200, page("b", "p3")}, {200, page("c", "")}}, {}};
    rest::response<GetNodeInfoList> r;
    std::vector<std::string> seen;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, [&](sfmodels::PagedNodeInfoList& p) {
        seen.push_back(p.Items->front().Name.value());
        return seen.size() < 2;
    });
    EXPECT_TRUE(res.ok());
    EXPECT_EQ(res.end, page_end::stopped);
    EXPECT_EQ(res.pages, 2u);
    EXPECT_EQ(seen, (std::vector<std::string>{"a_0", "b_0"}));
    EXPECT_EQ(fetch.targets.size(), 2u);   // page 3 was never requested
    EXPECT_EQ(r.value().ContinuationToken, "p3");   // where to resume
}

TEST(ForEachPage, AnErrorOnPage2StopsAndIsReported)
{
    fake_fetch fetch{{{200, page("a", "p2")},
                      {503, R"({"Error":{"Code":"FABRIC_E_SERVICE_OFFLINE","Message":"try later"}})"},
                      {200, page("c", "")}},
                     {}};
    rest::response<GetNodeInfoList> r;
    names n;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, n);
    EXPECT_FALSE(res.ok());
    EXPECT_TRUE(res);
    EXPECT_EQ(res.end, page_end::not_ok);
    EXPECT_EQ(res.pages, 1u);
    EXPECT_EQ(res.message, "page 2: HTTP 503: FABRIC_E_SERVICE_OFFLINE: try later");
    EXPECT_EQ(r.kind(), rest::response_kind::fabric_error);   // the response stays for the caller
    EXPECT_EQ(r.status(), 503u);
    EXPECT_EQ(n.seen, (std::vector<std::string>{"a_0", "a_1"}));
    EXPECT_EQ(fetch.targets.size(), 2u);
}

TEST(ForEachPage, APageThatDoesNotDecodeStops)
{
    fake_fetch fetch{{{200, page("a", "p2")}, {200, R"({"Items":[{"Name":7}]})"}}, {}};
    rest::response<GetNodeInfoList> r;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, names{});
    EXPECT_EQ(res.end, page_end::not_ok);
    EXPECT_EQ(r.kind(), rest::response_kind::failure);
    EXPECT_TRUE(res.message.starts_with("page 2: HTTP 200: response body does not decode: ")) << res.message;
}

TEST(ForEachPage, ARepeatedTokenIsCaught)
{
    fake_fetch fetch{{{200, page("a", "same")}, {200, page("b", "same")}, {200, page("c", "same")}}, {}};
    rest::response<GetNodeInfoList> r;
    names n;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, n);
    EXPECT_EQ(res.end, page_end::repeated_token);
    EXPECT_EQ(res.message, R"(page 2: the server sent continuation token "same" again)");
    EXPECT_EQ(res.pages, 2u);
    EXPECT_EQ(fetch.targets.size(), 2u);   // "same" never goes out twice
    EXPECT_EQ(n.seen.size(), 4u);
}

TEST(ForEachPage, ATokenEchoingTheResumeTokenIsCaught)
{
    fake_fetch fetch{{{200, page("a", "p3")}}, {}};
    rest::response<GetNodeInfoList> r;
    auto const res = rest::for_each_page(GetNodeInfoList{.ContinuationToken = "p3"}, r, fetch, names{});
    EXPECT_EQ(res.end, page_end::repeated_token);
    EXPECT_EQ(res.pages, 1u);
    EXPECT_EQ(fetch.targets.size(), 1u);
}

TEST(ForEachPage, ACycleOfTokensIsCaught)
{
    fake_fetch fetch;
    char const* const cycle[] = {"t1", "t2", "t3"};
    for (int i = 0; i < 40; ++i)
        fetch.replies.push_back({200, page("n" + std::to_string(i), cycle[i % 3])});
    rest::response<GetNodeInfoList> r;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, names{});
    EXPECT_EQ(res.end, page_end::repeated_token) << res.message;
    EXPECT_LE(fetch.targets.size(), 12u);
}

TEST(ForEachPage, AFailedFetchStops)
{
    rest::response<GetNodeInfoList> r;
    int calls = 0;
    auto const res = rest::for_each_page(
        GetNodeInfoList{}, r,
        [&](GetNodeInfoList const&, rest::response<GetNodeInfoList>& resp) {
            if (++calls == 2)
                return false;
            resp.read(200, page("a", "p2"));
            return true;
        },
        names{});
    EXPECT_EQ(res.end, page_end::fetch_failed);
    EXPECT_EQ(res.pages, 1u);
    EXPECT_EQ(res.message, "page 2: fetch failed");
    EXPECT_FALSE(res.error);
}

TEST(ForEachPage, AFetchErrorCodeIsKept)
{
    rest::response<GetNodeInfoList> r;
    auto const e = make_error_code(boost::system::errc::connection_refused);
    auto const res = rest::for_each_page(
        GetNodeInfoList{}, r, [&](GetNodeInfoList const&, rest::response<GetNodeInfoList>&) { return e; }, names{});
    EXPECT_EQ(res.end, page_end::fetch_failed);
    EXPECT_EQ(res.error, e);
    EXPECT_EQ(res.pages, 0u);
    EXPECT_EQ(res.message, "page 1: " + e.message());
}

TEST(ForEachPage, AFetchReturningNoErrorGoesOn)
{
    rest::response<GetNodeInfoList> r;
    int calls = 0;
    auto const res = rest::for_each_page(
        GetNodeInfoList{}, r,
        [&](GetNodeInfoList const&, rest::response<GetNodeInfoList>& resp) {
            resp.read(200, page("x", ++calls < 3 ? "p" + std::to_string(calls) : ""));
            return boost::system::error_code{};
        },
        names{});
    EXPECT_EQ(res.end, page_end::last_page);
    EXPECT_EQ(res.pages, 3u);
}

// Every page is decoded into the one response the caller passed: pages of the
// same shape reuse the memory of the one before.
TEST(ForEachPage, EveryPageIsReadIntoTheSameResponse)
{
    fake_fetch fetch{{{200, page("a", "p2")}, {200, page("b", "p3")}, {200, page("c", "")}}, {}};
    rest::response<GetNodeInfoList> r;
    std::vector<void const*> objects, items;
    auto const res = rest::for_each_page(GetNodeInfoList{}, r, fetch, [&](sfmodels::PagedNodeInfoList const& p) {
        objects.push_back(&p);
        items.push_back(p.Items->data());
    });
    EXPECT_EQ(res.pages, 3u);
    EXPECT_EQ(objects, (std::vector<void const*>(3, &r.value())));
    EXPECT_EQ(items[1], items[0]);
    EXPECT_EQ(items[2], items[0]);
}

} // namespace rest_paging_test
} // namespace
