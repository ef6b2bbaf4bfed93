// Every shape of the specification, through every path of the codec: the
// fast reader, the basic_parser reference (whole and in pieces at every
// split), the encoder, and value_from/value_to. See support/shapes.hpp.
#include <support/shapes.hpp>

#include <sfmodels/codec.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>

struct Loose
{
    std::optional<std::string> A, B, C, D;

    bool operator==(Loose const&) const = default;
};
BOOST_DESCRIBE_STRUCT(Loose, (), (A, B, C, D))

struct WideBase
{
    std::optional<std::int32_t> MinMember00;
    std::optional<std::int32_t> MinMember01;
    std::optional<std::int32_t> MinMember02;
    std::optional<std::int32_t> MinMember03;
    std::optional<std::int32_t> MinMember04;
    std::optional<std::int32_t> MinMember05;
    std::optional<std::int32_t> MinMember06;
    std::optional<std::int32_t> MinMember07;
    std::optional<std::int32_t> MinMember08;
    std::optional<std::int32_t> MinMember09;
    std::optional<std::int32_t> MinMember10;
    std::optional<std::int32_t> MinMember11;
    std::optional<std::int32_t> MinMember12;
    std::optional<std::int32_t> MinMember13;
    std::optional<std::int32_t> MinMember14;
    std::optional<std::int32_t> MinMember15;
    std::optional<std::int32_t> MinMember16;
    std::optional<std::int32_t> MinMember17;
    std::optional<std::int32_t> MinMember18;
    std::optional<std::int32_t> MinMember19;
    std::optional<std::int32_t> MinMember20;
    std::optional<std::int32_t> MinMember21;
    std::optional<std::int32_t> MinMember22;
    std::optional<std::int32_t> MinMember23;
    std::optional<std::int32_t> MinMember24;
    std::optional<std::int32_t> MinMember25;
    std::optional<std::int32_t> MinMember26;
    std::optional<std::int32_t> MinMember27;
    std::optional<std::int32_t> MinMember28;
    std::optional<std::int32_t> MinMember29;
    std::optional<std::int32_t> MinMember30;
    std::optional<std::int32_t> MinMember31;
    std::optional<std::int32_t> MinMember32;
    std::optional<std::int32_t> MinMember33;
    std::optional<std::int32_t> MinMember34;
    std::optional<std::int32_t> MinMember35;
    std::optional<std::int32_t> MinMember36;
    std::optional<std::int32_t> MinMember37;
    std::optional<std::int32_t> MinMember38;
    std::optional<std::int32_t> MinMember39;

    bool operator==(WideBase const&) const = default;
};
BOOST_DESCRIBE_STRUCT(WideBase, (), (MinMember00, MinMember01, MinMember02, MinMember03, MinMember04, MinMember05, MinMember06, MinMember07, MinMember08, MinMember09, MinMember10, MinMember11, MinMember12, MinMember13, MinMember14, MinMember15, MinMember16, MinMember17, MinMember18, MinMember19, MinMember20, MinMember21, MinMember22, MinMember23, MinMember24, MinMember25, MinMember26, MinMember27, MinMember28, MinMember29, MinMember30, MinMember31, MinMember32, MinMember33, MinMember34, MinMember35, MinMember36, MinMember37, MinMember38, MinMember39))

// 70 members, the base's included: more than the fast reader tracks
struct Wide : WideBase
{
    std::optional<std::int32_t> MaxMember40;
    std::optional<std::int32_t> MaxMember41;
    std::optional<std::int32_t> MaxMember42;
    std::optional<std::int32_t> MaxMember43;
    std::optional<std::int32_t> MaxMember44;
    std::optional<std::int32_t> MaxMember45;
    std::optional<std::int32_t> MaxMember46;
    std::optional<std::int32_t> MaxMember47;
    std::optional<std::int32_t> MaxMember48;
    std::optional<std::int32_t> MaxMember49;
    std::optional<std::int32_t> MaxMember50;
    std::optional<std::int32_t> MaxMember51;
    std::optional<std::int32_t> MaxMember52;
    std::optional<std::int32_t> MaxMember53;
    std::optional<std::int32_t> MaxMember54;
    std::optional<std::int32_t> MaxMember55;
    std::optional<std::int32_t> MaxMember56;
    std::optional<std::int32_t> MaxMember57;
    std::optional<std::int32_t> MaxMember58;
    std::optional<std::int32_t> MaxMember59;
    std::optional<std::int32_t> MaxMember60;
    std::optional<std::int32_t> MaxMember61;
    std::optional<std::int32_t> MaxMember62;
    std::optional<std::int32_t> MaxMember63;
    std::optional<std::int32_t> MaxMember64;
    std::optional<std::int32_t> MaxMember65;
    std::optional<std::int32_t> MaxMember66;
    std::optional<std::int32_t> MaxMember67;
    std::optional<std::int32_t> MaxMember68;
    std::optional<std::int32_t> MaxMember69;
    std::int32_t Last = 0;

    bool operator==(Wide const&) const = default;
};
BOOST_DESCRIBE_STRUCT(Wide, (WideBase), (MaxMember40, MaxMember41, MaxMember42, MaxMember43, MaxMember44, MaxMember45, MaxMember46, MaxMember47, MaxMember48, MaxMember49, MaxMember50, MaxMember51, MaxMember52, MaxMember53, MaxMember54, MaxMember55, MaxMember56, MaxMember57, MaxMember58, MaxMember59, MaxMember60, MaxMember61, MaxMember62, MaxMember63, MaxMember64, MaxMember65, MaxMember66, MaxMember67, MaxMember68, MaxMember69, Last))

namespace {
namespace shapes_test {

using sfmodels::decode_result;
using sfmodels::error;

std::string message(decode_result const& r)
{
    return r ? r.message() : std::string("success");
}

// What every path must agree on for one document.
template<class T>
void expect_all_paths(std::string_view json, std::string_view canonical)
{
    SCOPED_TRACE(std::string(json));
    T fast{};
    decode_result const r = sfmodels::decode(json, fast);
    ASSERT_TRUE(r.ok()) << r.message();
    T reference{};
    decode_result const rr = sfmodels::detail::decode_reference(json, reference);
    ASSERT_TRUE(rr.ok()) << rr.message();
    EXPECT_TRUE(fast == reference);
    EXPECT_EQ(sfmodels::to_json(fast), canonical);
    EXPECT_EQ(sfmodels::to_json(reference), canonical);

    // in two pieces, at every split point
    for (std::size_t at = 0; at <= json.size(); ++at) {
        T pieces{};
        sfmodels::decoder<T> d(pieces);
        std::string first(json.substr(0, at)), rest(json.substr(at));
        d.write(first);
        first.assign(first.size(), '#');
        decode_result const& p = d.finish(rest);
        ASSERT_TRUE(p.ok()) << "split at " << at << ": " << p.message();
        EXPECT_TRUE(pieces == fast) << "split at " << at;
    }

    // canonical bytes read back to the same value and the same bytes
    T again{};
    ASSERT_TRUE(sfmodels::decode(canonical, again).ok());
    EXPECT_TRUE(again == fast);
    EXPECT_EQ(sfmodels::to_json(again), canonical);

    // reused: decoding into the object that holds it gives the same
    ASSERT_TRUE(sfmodels::decode(json, again).ok());
    EXPECT_TRUE(again == fast);

    // value_from / value_to (the test types live outside namespace sfmodels,
    // where Boost.JSON's tag_invoke lookup does not look: call what they call)
    boost::json::value jv;
    sfmodels::detail::to_value(jv, fast);
    T from_value{};
    EXPECT_EQ(sfmodels::detail::from_value(jv, from_value), error{});
    // a DOM keeps numbers as values, not as text: free-form members may differ in their spelling
    if (canonical.find("\"Details\"") == std::string_view::npos) {
        EXPECT_EQ(sfmodels::to_json(from_value), canonical);
    }
}

struct failure
{
    error code;
    std::string path;
    std::size_t offset;
};

// The fast path declines, the reference reports; decode() and a decoder fed
// byte by byte agree on the code and the path.
template<class T>
failure expect_failure(std::string_view json)
{
    SCOPED_TRACE(std::string(json));
    T v{};
    decode_result const r = sfmodels::decode(json, v);
    EXPECT_TRUE(r.code.failed());
    T w{};
    decode_result const rr = sfmodels::detail::decode_reference(json, w);
    EXPECT_EQ(r.code, rr.code);
    EXPECT_EQ(r.path.view(), rr.path.view());
    EXPECT_EQ(r.offset, rr.offset);
    T p{};
    sfmodels::decoder<T> d(p);
    for (char c : json)
        if (d.write(std::string_view(&c, 1)))
            break;
    decode_result const& pr = d.finish();
    EXPECT_EQ(pr.code, r.code) << message(pr);
    EXPECT_EQ(pr.path.view(), r.path.view());
    return {static_cast<error>(r.code.value()), std::string(r.path.view()), r.offset};
}

constexpr std::string_view node_down =
    R"({"Kind":"NodeDown","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a11","TimeStamp":"2024-01-02T03:04:05Z",)"
    R"("NodeName":"n1","NodeInstance":12,"LastNodeUpAt":"2024-01-01T00:00:00Z"})";
constexpr std::string_view node_up =
    R"({"Kind":"NodeUp","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a12","TimeStamp":"2024-01-02T03:04:05.1234567Z",)"
    R"("NodeName":"n2","NodeInstanceId":"18446744073709551615","Downtime":"P10675199DT2H48M5.4775807S","Attempts":4294967295})";
constexpr std::string_view upgrade =
    R"({"Kind":"ClusterUpgradeStarted","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a14",)"
    R"("TimeStamp":"2024-01-02T03:04:05Z","OverallUpgradeElapsedTimeInMs":12.5,"FailureRatio":"0.25",)"
    R"("Counters":{"a":1,"b":-2},"Details":{"x":[1,2.5e3,{"y":null}],"z":"\"q\""},"UpgradeDomains":-7})";

std::string list(std::initializer_list<std::string_view> items)
{
    std::string s = "[";
    for (auto i : items) {
        if (s.size() > 1)
            s += ',';
        s += i;
    }
    return s + "]";
}

TEST(Shapes, InheritanceWritesBaseMembersFirst)
{
    shapes::NodeDownEvent e;
    e.NodeName = "n";
    e.NodeInstance = 3;
    e.Kind = shapes::FabricEventKind::NodeDown;
    EXPECT_EQ(sfmodels::to_json(e), R"({"Kind":"NodeDown","EventInstanceId":"00000000-0000-0000-0000-000000000000",)"
                                    R"("TimeStamp":"1970-01-01T00:00:00Z","NodeName":"n","NodeInstance":3,)"
                                    R"("LastNodeUpAt":"1970-01-01T00:00:00Z"})");
    expect_all_paths<shapes::NodeDownEvent>(node_down, node_down);
}

TEST(Shapes, FamilyThreeDeep)
{
    std::string const events = list({node_down, node_up, upgrade});
    expect_all_paths<shapes::FabricEventList>(events, events);
    shapes::FabricEventList v;
    ASSERT_TRUE(sfmodels::decode(events, v).ok());
    ASSERT_EQ(v.size(), 3u);
    auto const* down = std::get_if<shapes::NodeDownEvent>(&v[0].as_variant());
    ASSERT_NE(down, nullptr);
    EXPECT_EQ(down->NodeName, "n1");
    EXPECT_EQ(down->NodeInstance, 12);
    auto const* up = std::get_if<shapes::NodeUpEvent>(&v[1].as_variant());
    ASSERT_NE(up, nullptr);
    EXPECT_EQ(up->NodeInstanceId, 18446744073709551615ull);
    EXPECT_EQ(up->Downtime->count(), INT64_MAX);
    EXPECT_EQ(*up->Attempts, 4294967295u);
    auto const* u = std::get_if<shapes::ClusterUpgradeStartedEvent>(&v[2].as_variant());
    ASSERT_NE(u, nullptr);
    EXPECT_EQ(*u->OverallUpgradeElapsedTimeInMs, 12.5);
    EXPECT_EQ(u->FailureRatio->value, 0.25);
    EXPECT_EQ(u->Counters->at("b"), -2);
    EXPECT_EQ(u->Details->text, R"({"x":[1,2.5e3,{"y":null}],"z":"\"q\""})");

    // the same events through the intermediate family NodeEvent
    std::string const nodes = list({node_down, node_up});
    expect_all_paths<shapes::NodeEventList>(nodes, nodes);
}

TEST(Shapes, KindsMatchCaseInsensitivelyAndAreWrittenAsDeclared)
{
    std::string json(node_down);
    json.replace(json.find("NodeDown"), 8, "nodedown");
    expect_all_paths<shapes::FabricEventList>(list({json}), list({node_down}));
}

TEST(Shapes, DiscriminatorAfterOtherMembers)
{
    constexpr std::string_view late =
        R"({"EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a11","TimeStamp":"2024-01-02T03:04:05Z",)"
        R"("NodeName":"n1","NodeInstance":12,"LastNodeUpAt":"2024-01-01T00:00:00Z","Kind":"NodeDown"})";
    expect_all_paths<shapes::FabricEventList>(list({late, late}), list({node_down, node_down}));
    constexpr std::string_view spaced =
        R"( { "NodeName" : "n1" , "Kind" : "NodeDown" , "EventInstanceId" : "7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a11" ,)"
        R"( "TimeStamp":"2024-01-02T03:04:05Z","NodeInstance":12,"LastNodeUpAt":"2024-01-01T00:00:00Z" } )";
    expect_all_paths<shapes::one_of<shapes::FabricEvent>>(spaced, node_down);
}

TEST(Shapes, UnknownKindKeepsTheBaseAndItsSpelling)
{
    constexpr std::string_view newer =
        R"({"Kind":"SomethingNew","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a13","Category":"c",)"
        R"("TimeStamp":"2024-01-02T03:04:05Z","HasCorrelatedEvents":true,"NewMember":{"a":[1]}})";
    constexpr std::string_view written =
        R"({"Kind":"SomethingNew","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a13","Category":"c",)"
        R"("TimeStamp":"2024-01-02T03:04:05Z","HasCorrelatedEvents":true})";
    expect_all_paths<shapes::FabricEventList>(list({node_down, newer, node_up}), list({node_down, written, node_up}));
    shapes::FabricEventList v;
    ASSERT_TRUE(sfmodels::decode(list({newer}), v).ok());
    ASSERT_EQ(v[0].index(), 0u);
    EXPECT_EQ(std::get<0>(v[0].as_variant()).Kind.spelling(), "SomethingNew");
    EXPECT_FALSE(std::get<0>(v[0].as_variant()).Kind.is_known());
}

TEST(Shapes, ClosedFamilyRejectsAnUnknownKind)
{
    auto const f = expect_failure<shapes::StatelessServiceDescription>(
        R"({"ServiceKind":"Stateless","ServiceName":"s","PartitionDescription":{"PartitionScheme":"Named"},"InstanceCount":1})");
    EXPECT_EQ(f.code, error::unknown_kind);
    EXPECT_EQ(f.path, "/PartitionDescription/PartitionScheme");
}

TEST(Shapes, DiscriminatorErrors)
{
    auto missing = expect_failure<shapes::FabricEventList>(R"([{"NodeName":"n"}])");
    EXPECT_EQ(missing.code, error::missing_member);
    EXPECT_EQ(missing.path, "/0/Kind");
    EXPECT_EQ(expect_failure<shapes::FabricEventList>(R"([{}])").path, "/0/Kind");
    EXPECT_EQ(expect_failure<shapes::FabricEventList>(R"([{"Kind":null}])").code, error::missing_member);
    auto const number = expect_failure<shapes::FabricEventList>(R"([{"Kind":7}])");
    EXPECT_EQ(number.code, error::wrong_type);
    EXPECT_EQ(number.path, "/0/Kind");
    EXPECT_EQ(expect_failure<shapes::FabricEventList>(R"([{"a":1,"Kind":{}}])").code, error::wrong_type);
    EXPECT_EQ(expect_failure<shapes::FabricEventList>(R"([[]])").code, error::wrong_type);
    // a bad member before the discriminator: its path, found when the object ends
    auto const late = expect_failure<shapes::FabricEventList>(
        R"([{"EventInstanceId":"nope","TimeStamp":"2024-01-02T03:04:05Z","Kind":"NodeDown"}])");
    EXPECT_EQ(late.code, error::bad_uuid);
    EXPECT_EQ(late.path, "/0/EventInstanceId");
    // required members of the kind
    auto const required = expect_failure<shapes::FabricEventList>(list({R"({"Kind":"NodeDown","NodeName":"n"})"}));
    EXPECT_EQ(required.code, error::missing_member);
    EXPECT_EQ(required.path, "/0/EventInstanceId");
}

TEST(Shapes, FamiliesInsideKinds)
{
    constexpr std::string_view stateful =
        R"({"ServiceKind":"Stateful","ServiceName":"fabric:/a/b","PartitionDescription":{"PartitionScheme":"UniformInt64Range",)"
        R"("Count":2,"LowKey":"-9223372036854775808","HighKey":"9223372036854775807"},"ScalingPolicies":[{"ScalingMechanism":)"
        R"({"Kind":"PartitionInstanceCount","MinInstanceCount":1,"MaxInstanceCount":5,"ScaleIncrement":1},"ScaleInterval":"PT1H30M"},)"
        R"({"ScalingMechanism":{"Kind":"AddRemoveIncrementalNamedPartition","MinPartitionCount":1,"MaxPartitionCount":9,)"
        R"("ScaleIncrement":2}}],"TargetReplicaSetSize":3,"HasPersistedState":true,"ReplicaRestartWaitDurationSeconds":"60"})";
    expect_all_paths<shapes::one_of<shapes::ServiceDescription>>(stateful, stateful);
    auto const f = expect_failure<shapes::one_of<shapes::ServiceDescription>>(
        R"({"ServiceKind":"Stateful","ServiceName":"s","PartitionDescription":{"PartitionScheme":"Singleton"},)"
        R"("ScalingPolicies":[{"ScalingMechanism":{"Kind":"PartitionInstanceCount","MinInstanceCount":"x"}}]})");
    EXPECT_EQ(f.code, error::bad_integer);
    EXPECT_EQ(f.path, "/ScalingPolicies/0/ScalingMechanism/MinInstanceCount");
}

TEST(Shapes, RecursiveType)
{
    constexpr std::string_view tree =
        R"({"HealthEvaluation":{"Kind":"Nodes","AggregatedHealthState":"Error","TotalCount":3,"UnhealthyEvaluations":[)"
        R"({"HealthEvaluation":{"Kind":"Event","ConsiderWarningAsError":true}},{"HealthEvaluation":{"Kind":"Nodes",)"
        R"("UnhealthyEvaluations":[{"HealthEvaluation":{"Kind":"Event","Description":"d"}}]}}]}})";
    expect_all_paths<shapes::HealthEvaluationWrapper>(tree, tree);

    // 20 levels of evaluations decode; a document past the depth limit is too_deep
    auto nest = [](int levels) {
        std::string s;
        for (int i = 0; i < levels; ++i)
            s += R"({"HealthEvaluation":{"Kind":"Nodes","UnhealthyEvaluations":[)";
        for (int i = 0; i < levels; ++i)
            s += "]}}";
        return s;
    };
    shapes::HealthEvaluationWrapper w;
    EXPECT_TRUE(sfmodels::decode(nest(20), w).ok());
    EXPECT_EQ(sfmodels::to_json(w), nest(20));
    EXPECT_EQ(expect_failure<shapes::HealthEvaluationWrapper>(nest(22)).code, error::too_deep);
}

TEST(Shapes, Scalars)
{
    using E = shapes::ClusterUpgradeStartedEvent;
    auto with = [](std::string_view member) {
        return R"({"Kind":"ClusterUpgradeStarted","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a14",)"
               R"("TimeStamp":"2024-01-02T03:04:05Z",)" + std::string(member) + "}";
    };
    expect_all_paths<E>(with(R"("OverallUpgradeElapsedTimeInMs":-0.0001)"), with(R"("OverallUpgradeElapsedTimeInMs":-1e-04)"));
    expect_all_paths<E>(with(R"("OverallUpgradeElapsedTimeInMs":"1E2")"), with(R"("OverallUpgradeElapsedTimeInMs":100)"));
    expect_all_paths<E>(with(R"("FailureRatio":1e-7)"), with(R"("FailureRatio":"1e-07")"));
    EXPECT_EQ(expect_failure<E>(with(R"("OverallUpgradeElapsedTimeInMs":1e400)")).code, error::out_of_range);
    EXPECT_EQ(expect_failure<E>(with(R"("FailureRatio":"0.5x")")).code, error::bad_number);
    EXPECT_EQ(expect_failure<E>(with(R"("UpgradeDomains":2147483648)")).code, error::out_of_range);

    using U = shapes::NodeUpEvent;
    auto up = [](std::string_view member) {
        return R"({"Kind":"NodeUp","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a12","TimeStamp":"2024-01-02T03:04:05Z",)"
               R"("NodeName":"n","NodeInstanceId":"1")" + std::string(member) + "}";
    };
    expect_all_paths<U>(up(R"(,"Attempts":"7")"), up(R"(,"Attempts":7)"));
    EXPECT_EQ(expect_failure<U>(up(R"(,"Attempts":4294967296)")).code, error::out_of_range);
    EXPECT_EQ(expect_failure<U>(up(R"(,"Attempts":-1)")).code, error::out_of_range);
    EXPECT_EQ(expect_failure<U>(up(R"(,"Attempts":1.5)")).code, error::bad_integer);
    expect_all_paths<U>(up(R"(,"Downtime":"PT1H30M")"), up(R"(,"Downtime":"PT1H30M")"));
    expect_all_paths<U>(up(R"(,"Downtime":"P1DT2H")"), up(R"(,"Downtime":"P1DT2H")"));
    expect_all_paths<U>(up(R"(,"Downtime":"PT90M0.50S")"), up(R"(,"Downtime":"PT1H30M0.5S")"));
    expect_all_paths<U>(up(R"(,"Downtime":"-P10675199DT2H48M5.4775808S")"), up(R"(,"Downtime":"-P10675199DT2H48M5.4775808S")"));
    auto const bad = expect_failure<U>(up(R"(,"Downtime":"PT")"));
    EXPECT_EQ(bad.code, error::bad_duration);
    EXPECT_EQ(bad.path, "/Downtime");
    EXPECT_EQ(expect_failure<U>(up(R"(,"Downtime":"P10675199DT2H48M5.4775808S")")).code, error::bad_duration);
    EXPECT_EQ(expect_failure<U>(up(R"(,"Downtime":60)")).code, error::wrong_type);
}

TEST(Shapes, MapsAndFreeFormJson)
{
    using E = shapes::ClusterUpgradeStartedEvent;
    auto with = [](std::string_view member) {
        return R"({"Kind":"ClusterUpgradeStarted","EventInstanceId":"7c0e8b6f-9d5b-4f5e-8f6a-0b8f6e2c1a14",)"
               R"("TimeStamp":"2024-01-02T03:04:05Z",)" + std::string(member) + "}";
    };
    // keys come out sorted; the last of a duplicate key wins
    expect_all_paths<E>(with(R"("Counters":{"z":1,"a":2,"z":3,"":4})"), with(R"("Counters":{"":4,"a":2,"z":3})"));
    expect_all_paths<E>(with(R"("Counters":{})"), with(R"("Counters":{})"));
    auto const f = expect_failure<E>(with(R"("Counters":{"a/b":"x"})"));
    EXPECT_EQ(f.code, error::bad_integer);
    EXPECT_EQ(f.path, "/Counters/a~1b");
    // free-form values come out compact, escapes as the encoder writes them
    expect_all_paths<E>(with(R"("Details": { "a" : [ 1 , true , null ] , "b" : "\u0041\n" } )"),
                        with(R"("Details":{"a":[1,true,null],"b":"A\n"})"));
    expect_all_paths<E>(with(R"("Details":"text")"), with(R"("Details":"text")"));
    expect_all_paths<E>(with(R"("Details":-1.5e+3)"), with(R"("Details":-1.5e+3)"));
    E e;
    e.Details = sfmodels::json_text{"{not json"};
    std::string out;
    EXPECT_EQ(sfmodels::encode(e, out), error::syntax);
}

TEST(Shapes, MemoryBudget)
{
    std::string json = "[";
    for (int i = 0; i < 10000; ++i)
        json += i ? ",{}" : "{}";
    json += "]";
    sfmodels::decode_options small;
    small.memory_floor = 0;
    small.memory_factor = 4;
    std::vector<Loose> v;
    decode_result const r = sfmodels::decode(json, v, small);
    ASSERT_EQ(r.code, error::too_large) << r.message();
    EXPECT_EQ(r.path.view().substr(0, 1), "/");
    EXPECT_GT(r.offset, 0u);
    std::vector<Loose> w;
    decode_result const rr = sfmodels::detail::decode_reference(json, w, small);
    EXPECT_EQ(rr.code, r.code);
    EXPECT_EQ(rr.path.view(), r.path.view());
    // a decoder in pieces earns its budget as the text comes
    std::vector<Loose> p;
    sfmodels::decoder<std::vector<Loose>> d(p, small);
    for (std::size_t i = 0; i < json.size(); i += 100)
        if (d.write(std::string_view(json).substr(i, 100)))
            break;
    EXPECT_EQ(d.finish().code, error::too_large);
    // the target stays valid and takes the next document
    EXPECT_TRUE(sfmodels::decode("[]", v).ok());
    EXPECT_TRUE(v.empty());
    // a reused object has its elements already: no budget needed
    std::vector<Loose> reused(10000);
    EXPECT_TRUE(sfmodels::decode(json, reused, small).ok());
    EXPECT_TRUE(sfmodels::detail::decode_reference(json, reused, small).ok());
}

TEST(Shapes, MoreThan64Members)
{
    static_assert(sfmodels::detail::member_count<Wide> == 71);
    std::string json = "{";
    for (int i = 0; i < 70; i += 3)
        json += (i < 40 ? "\"MinMember" : "\"MaxMember") + std::string(i < 10 ? "0" : "") + std::to_string(i) + "\":" +
                std::to_string(i) + ",";
    json += "\"Last\":-1}";
    expect_all_paths<Wide>(json, json);
    auto const f = expect_failure<Wide>(R"({"MaxMember69":1})");
    EXPECT_EQ(f.code, error::missing_member);
    EXPECT_EQ(f.path, "/Last");
}

} // namespace shapes_test
} // namespace
