// The decoder's limits: each is reached exactly, one past it gives a clear
// error and never a crash, whole or in pieces, decoded or skipped.
#include <sfmodels/codec/limits.hpp>

#include <sfmodels/codec/decode.hpp>
#include "support/seed_types.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace {
namespace limits_test {

using sfmodels::error;
namespace limits = sfmodels::limits;

constexpr std::size_t mib = std::size_t(1) << 20;

static_assert(limits::max_depth == 64);
static_assert(limits::max_string_size == mib);
static_assert(limits::max_document_size == 64 * mib);

template<class T>
sfmodels::decode_result decode_in_pieces(std::string_view json, T& out, std::size_t piece)
{
    sfmodels::decoder<T> d(out);
    for (std::size_t i = 0; i < json.size() && !d.result(); i += piece)
        d.write(json.substr(i, piece));
    return d.finish();
}

// `depth` containers in all: the document's object, then nested arrays in an unknown member.
std::string nested_in_unknown(std::size_t depth)
{
    return R"({"State":"Running","Unknown":)" + std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
}

TEST(Depth, SixtyFourLevelsOfUnknownMembersAreSkipped)
{
    std::string const json = nested_in_unknown(limits::max_depth);
    sfmodels::OperationStatus s;
    auto const r = sfmodels::decode(json, s);
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(s.State, sfmodels::OperationState::Running);

    sfmodels::OperationStatus p;
    EXPECT_TRUE(decode_in_pieces(json, p, 7).ok());
    EXPECT_EQ(p, s);
}

TEST(Depth, SixtyFiveLevelsAreTooDeepWhereTheyStart)
{
    std::string const json = nested_in_unknown(limits::max_depth + 1);
    std::size_t const opening = json.find('[') + limits::max_depth - 1;   // the 65th container
    sfmodels::OperationStatus s;
    auto const r = sfmodels::decode(json, s);
    EXPECT_EQ(r.code, error::too_deep);
    EXPECT_EQ(r.offset, opening);
    EXPECT_EQ(r.path.view(), "/Unknown");
    EXPECT_EQ(r.message(), "document nested too deeply at /Unknown (offset " + std::to_string(opening) + ")");

    sfmodels::OperationStatus p;
    auto const rp = decode_in_pieces(json, p, 5);
    EXPECT_EQ(rp.code, error::too_deep);
    EXPECT_EQ(rp.offset, opening);
}

TEST(Depth, CountsTheListAndItsElements)
{
    // list, element object, then 62 arrays: 64; one array more is 65
    auto list = [](std::size_t arrays) {
        return R"([{},{"Unknown":)" + std::string(arrays, '[') + std::string(arrays, ']') + "}]";
    };
    sfmodels::OperationStatusList l;
    EXPECT_TRUE(sfmodels::decode(list(limits::max_depth - 2), l).ok());
    EXPECT_EQ(l.size(), 2u);
    auto const r = sfmodels::decode(list(limits::max_depth - 1), l);
    EXPECT_EQ(r.code, error::too_deep);
    EXPECT_EQ(r.path.view(), "/1/Unknown");
}

TEST(Depth, AnUnclosedFloodStopsAtTheLimit)
{
    std::string const json(10 * mib, '[');
    sfmodels::OperationStatusList l;
    auto const r = sfmodels::decode(json, l);
    EXPECT_EQ(r.code, error::wrong_type);   // the second '[' cannot be an OperationStatus
    std::string const objects = "[" + std::string(mib, '{');
    EXPECT_EQ(sfmodels::decode(objects, l).code, error::syntax);
    sfmodels::OperationStatus s;
    std::string const unknown = R"({"x":)" + json;
    auto const ru = sfmodels::decode(unknown, s);
    EXPECT_EQ(ru.code, error::too_deep);
    EXPECT_EQ(ru.offset, 5 + limits::max_depth - 1);
}

class StringSize : public testing::Test
{
protected:
    static std::string member(std::string_view name, std::string_view value)
    {
        std::string s = "{\"";
        s += name;
        s += "\":\"";
        s += value;
        s += "\"}";
        return s;
    }

    std::string const at_limit = std::string(limits::max_string_size, 'a');
    std::string const past_limit = at_limit + 'a';
};

TEST_F(StringSize, ExactlyOneMebibyteIsDecoded)
{
    sfmodels::SelectedPartition p;
    auto const r = sfmodels::decode(member("ServiceName", at_limit), p);
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(p.ServiceName, at_limit);

    sfmodels::SelectedPartition q;
    ASSERT_TRUE(decode_in_pieces(member("ServiceName", at_limit), q, 4096).ok());
    EXPECT_EQ(q, p);
}

TEST_F(StringSize, OneByteMoreIsTooLarge)
{
    std::string const json = member("ServiceName", past_limit);
    sfmodels::SelectedPartition p;
    auto const r = sfmodels::decode(json, p);
    EXPECT_EQ(r.code, error::too_large);
    EXPECT_EQ(r.path.view(), "/ServiceName");
    EXPECT_LE(r.offset, json.size());
    EXPECT_NE(r.message().find("value exceeds the size limit at /ServiceName"), std::string::npos) << r.message();

    sfmodels::SelectedPartition q;
    auto const rp = decode_in_pieces(json, q, 4096);
    EXPECT_EQ(rp.code, error::too_large);
    EXPECT_EQ(rp.path.view(), "/ServiceName");
}

TEST_F(StringSize, AppliesToSkippedValuesToo)
{
    sfmodels::SelectedPartition p;
    EXPECT_TRUE(sfmodels::decode(member("Unknown", at_limit), p).ok());
    auto const r = sfmodels::decode(member("Unknown", past_limit), p);
    EXPECT_EQ(r.code, error::too_large);
    EXPECT_EQ(r.path.view(), "/Unknown");
}

TEST_F(StringSize, AppliesToMemberNames)
{
    std::string const at = "{\"" + at_limit + "\":1}";
    std::string const past = "{\"" + past_limit + "\":1}";
    sfmodels::SelectedPartition p;
    EXPECT_TRUE(sfmodels::decode(at, p).ok());
    EXPECT_EQ(sfmodels::decode(past, p).code, error::too_large);
    sfmodels::SelectedPartition q;
    EXPECT_EQ(decode_in_pieces(past, q, 1000).code, error::too_large);
}

TEST_F(StringSize, CountsBytesAfterUnescaping)
{
    // six bytes of text per byte of value: 6 MiB of escapes is 1 MiB of string
    std::string escaped;
    escaped.reserve(6 * mib + 6);
    for (std::size_t i = 0; i < limits::max_string_size; ++i)
        escaped += "\\u0041";
    sfmodels::SelectedPartition p;
    ASSERT_TRUE(sfmodels::decode(member("ServiceName", escaped), p).ok());
    EXPECT_EQ(p.ServiceName, std::string(limits::max_string_size, 'A'));
    escaped += "\\u0041";
    EXPECT_EQ(sfmodels::decode(member("ServiceName", escaped), p).code, error::too_large);
}

// One buffer serves every document-size test: a document, then spaces up to 64 MiB + 1.
class DocumentSize : public testing::Test
{
protected:
    static constexpr std::string_view document = R"({"State":"Running"})";

    static std::string const& text()
    {
        static std::string const s = [] {
            std::string t(limits::max_document_size + 1, ' ');
            std::copy(document.begin(), document.end(), t.begin());
            return t;
        }();
        return s;
    }

    static std::string_view first(std::size_t n) { return std::string_view(text()).substr(0, n); }
};

TEST_F(DocumentSize, SixtyFourMebibytesAreAccepted)
{
    sfmodels::OperationStatus s;
    auto const r = sfmodels::decode(first(limits::max_document_size), s);
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_EQ(s.State, sfmodels::OperationState::Running);
}

TEST_F(DocumentSize, OneByteMoreIsTooLargeBeforeParsing)
{
    sfmodels::OperationStatus s;
    auto const r = sfmodels::decode(first(limits::max_document_size + 1), s);
    EXPECT_EQ(r.code, error::too_large);
    EXPECT_EQ(r.offset, limits::max_document_size);
    EXPECT_TRUE(r.path.empty());
    EXPECT_FALSE(s.State.has_value());   // nothing was decoded
}

TEST_F(DocumentSize, InPiecesTheLimitIsOnTheTotal)
{
    // the document in the first MiB, then MiB after MiB of spaces
    std::string_view const head = first(mib);
    std::string_view const spaces = std::string_view(text()).substr(mib, mib);
    constexpr std::size_t pieces = limits::max_document_size / mib;

    sfmodels::OperationStatus s;
    sfmodels::decoder d(s);
    d.write(head);
    for (std::size_t i = 1; i < pieces; ++i)
        ASSERT_TRUE(d.write(spaces).ok()) << i << ": " << d.result().message();
    auto const& r = d.finish(" ");
    EXPECT_EQ(r.code, error::too_large);
    EXPECT_EQ(r.offset, limits::max_document_size);

    sfmodels::OperationStatus t;
    sfmodels::decoder exact(t);
    exact.write(head);
    for (std::size_t i = 1; i < pieces; ++i)
        exact.write(spaces);
    EXPECT_TRUE(exact.finish().ok()) << exact.result().message();
    EXPECT_EQ(t.State, sfmodels::OperationState::Running);
}

// Empty input is not a document: RFC 8259 asks for a value.
TEST(EmptyInput, IsIncompleteAtOffsetZero)
{
    for (std::string_view json : {std::string_view(), std::string_view(""), std::string_view(" \t\r\n")}) {
        sfmodels::OperationStatus s;
        auto const r = sfmodels::decode(json, s);
        EXPECT_EQ(r.code, error::incomplete);
        EXPECT_EQ(r.offset, json.size());
        EXPECT_TRUE(r.path.empty());
        EXPECT_EQ(r.message(), "unexpected end of input at / (offset " + std::to_string(json.size()) + ")");
    }
}

TEST(EmptyInput, InPiecesIsIncompleteToo)
{
    sfmodels::OperationStatusList l;
    sfmodels::decoder d(l);
    EXPECT_EQ(d.finish().code, error::incomplete);

    sfmodels::decoder e(l);
    EXPECT_TRUE(e.write("").ok());
    EXPECT_TRUE(e.write("  ").ok());
    EXPECT_EQ(e.finish("").code, error::incomplete);
}

} // namespace limits_test
} // namespace
