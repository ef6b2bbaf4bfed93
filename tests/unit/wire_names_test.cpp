#include <sfmodels/reflect/wire_names.hpp>

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/encode.hpp>
#include <sfmodels/codec/interop.hpp>

#include <boost/describe/class.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>

// Members whose wire names are not C++ identifiers, as the spec has them
// (ContainerApiResult's "Content-Type", a sink's "namespace").
namespace wn {

struct Reply
{
    std::optional<std::string> Content_Type;
    std::optional<std::int32_t> namespace_;
    std::optional<std::string> Body;

    bool operator==(Reply const&) const = default;
};
BOOST_DESCRIBE_STRUCT(Reply, (), (Content_Type, namespace_, Body))

struct Derived : Reply
{
    std::optional<bool> Done;

    bool operator==(Derived const&) const = default;
};
BOOST_DESCRIBE_STRUCT(Derived, (Reply), (Done))

} // namespace wn

template<>
struct sfmodels::wire_names<wn::Reply>
{
    static constexpr std::array<wire_name, 2> value{{{"Content_Type", "Content-Type"}, {"namespace_", "namespace"}}};
};

namespace {
namespace wire_names_test {

constexpr std::string_view wire = R"({"Content-Type":"text/plain","namespace":7,"Body":"b"})";

TEST(WireNames, DecodeReadsTheWireNames)
{
    wn::Reply r;
    ASSERT_FALSE(sfmodels::decode(wire, r));
    EXPECT_EQ(r, (wn::Reply{"text/plain", 7, "b"}));
}

TEST(WireNames, TheReferenceDecoderReadsThemToo)
{
    wn::Reply r;
    ASSERT_FALSE(sfmodels::detail::decode_reference(wire, r));
    EXPECT_EQ(r, (wn::Reply{"text/plain", 7, "b"}));
}

TEST(WireNames, TheCppNamesAreUnknownKeysOnTheWire)
{
    wn::Reply r;
    ASSERT_FALSE(sfmodels::decode(R"({"Content_Type":"x","namespace_":1})", r));
    EXPECT_EQ(r, wn::Reply{});
}

TEST(WireNames, EncodeWritesTheWireNames)
{
    std::string out;
    ASSERT_FALSE(sfmodels::encode(wn::Reply{"text/plain", 7, "b"}, out));
    EXPECT_EQ(out, wire);
}

TEST(WireNames, ABaseKeepsItsWireNamesInADerivedStruct)
{
    wn::Derived d;
    ASSERT_FALSE(sfmodels::decode(R"({"Content-Type":"a","namespace":1,"Done":true})", d));
    EXPECT_EQ(d.Content_Type, "a");
    EXPECT_EQ(d.namespace_, 1);
    std::string out;
    ASSERT_FALSE(sfmodels::encode(d, out));
    EXPECT_EQ(out, R"({"Content-Type":"a","namespace":1,"Done":true})");
}

TEST(WireNames, ValueConversionsUseTheWireNames)
{
    // what value_from / value_to call (these test types live outside namespace
    // sfmodels, where Boost.JSON's tag_invoke lookup does not look)
    boost::json::value v;
    sfmodels::detail::to_value(v, wn::Reply{"text/plain", 7, "b"});
    EXPECT_EQ(boost::json::serialize(v), wire);
    wn::Reply back;
    EXPECT_EQ(sfmodels::detail::from_value(boost::json::parse(wire), back), sfmodels::error{});
    EXPECT_EQ(back, (wn::Reply{"text/plain", 7, "b"}));
}

} // namespace wire_names_test
} // namespace
