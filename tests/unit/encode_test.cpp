#include <sfmodels/codec/encode.hpp>

#include <sfmodels/codec/decode.hpp>
#include "support/seed_types.hpp"

#include <boost/system/system_error.hpp>
#include <boost/uuid/uuid.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace {
namespace encode_test {

using namespace std::string_literals;
using sfmodels::error;

sfmodels::FabricErrorError with_message(std::string_view text)
{
    sfmodels::FabricErrorError e;
    e.Code = sfmodels::FabricErrorCodes::E_FAIL;
    e.Message = std::string(text);
    return e;
}

std::string message_json(std::string_view escaped)
{
    return R"({"Code":"E_FAIL","Message":")" + std::string(escaped) + "\"}";
}

// What JSON requires for a control character, in the shortest form.
std::string escaped_control(unsigned char c)
{
    switch (c) {
    case 0x08: return "\\b";
    case 0x09: return "\\t";
    case 0x0a: return "\\n";
    case 0x0c: return "\\f";
    case 0x0d: return "\\r";
    }
    char u[7];
    std::snprintf(u, sizeof u, "\\u%04x", c);
    return u;
}

TEST(Encode, EveryControlCharacterIsEscaped)
{
    std::string all, all_escaped;
    for (unsigned c = 0; c < 0x20; ++c) {
        std::string const raw = "a"s + static_cast<char>(c) + "b";
        std::string const escaped = "a" + escaped_control(static_cast<unsigned char>(c)) + "b";
        EXPECT_EQ(sfmodels::to_json(with_message(raw)), message_json(escaped)) << "char " << c;
        all += static_cast<char>(c);
        all_escaped += escaped_control(static_cast<unsigned char>(c));
    }
    EXPECT_EQ(sfmodels::to_json(with_message(all)), message_json(all_escaped));
}

TEST(Encode, QuoteAndBackslashAreEscapedAndNothingElse)
{
    struct row
    {
        std::string_view raw, escaped;
    };
    row const rows[] = {
        {"\"", "\\\""},
        {"\\", "\\\\"},
        {"fabric:/app/svc", "fabric:/app/svc"},          // '/' may stay as is
        {"a\\b\\\"c\"", "a\\\\b\\\\\\\"c\\\""},
        {"\x7f", "\x7f"},                                 // DEL is not a control char in JSON
        {"<>&'`", "<>&'`"},
        {"", ""},
    };
    for (auto const& r : rows)
        EXPECT_EQ(sfmodels::to_json(with_message(r.raw)), message_json(r.escaped)) << r.raw;
}

TEST(Encode, ValidUtf8PassesThroughByteExact)
{
    std::string_view const rows[] = {
        "\xc2\x80",           // U+0080, the smallest two-byte sequence
        "\xdf\xbf",           // U+07FF
        "\xe0\xa0\x80",       // U+0800, the smallest three-byte sequence
        "\xed\x9f\xbf",       // U+D7FF, just below the surrogates
        "\xee\x80\x80",       // U+E000, just above them
        "\xef\xbf\xbf",       // U+FFFF
        "\xf0\x90\x80\x80",   // U+10000, the smallest four-byte sequence
        "\xf4\x8f\xbf\xbf",   // U+10FFFF, the largest code point
        "M\xc3\xbcnchen \xf0\x9f\x98\x80 \xe2\x82\xac",
    };
    for (std::string_view s : rows) {
        EXPECT_EQ(sfmodels::to_json(with_message(s)), message_json(s));
        std::string const between = "x" + std::string(s) + "\n" + std::string(s);
        EXPECT_EQ(sfmodels::to_json(with_message(between)), message_json("x" + std::string(s) + "\\n" + std::string(s)));
    }
}

struct invalid_utf8
{
    std::string_view what;
    std::string_view text;
};

invalid_utf8 const invalid_utf8_rows[] = {
    {"lone continuation", "a\x80"},
    {"lone last continuation", "\xbf"},
    {"overlong two-byte NUL", "\xc0\x80"},
    {"overlong two-byte", "\xc1\xbf"},
    {"overlong three-byte", "\xe0\x9f\xbf"},
    {"overlong four-byte", "\xf0\x8f\xbf\xbf"},
    {"surrogate U+D800", "\xed\xa0\x80"},
    {"surrogate U+DFFF", "\xed\xbf\xbf"},
    {"truncated two-byte at the end", "ab\xc3"},
    {"truncated three-byte at the end", "\xe2\x82"},
    {"truncated four-byte at the end", "\xf0\x9f\x98"},
    {"truncated before ASCII", "\xe2\x82x"},
    {"lead byte then lead byte", "\xc3\xc3\xbc"},
    {"beyond U+10FFFF", "\xf4\x90\x80\x80"},
    {"lead byte F5", "\xf5\x80\x80\x80"},
    {"byte FE", "\xfe"},
    {"byte FF", "\xff"},
    {"valid then invalid", "\xc3\xbc\x80"},
};

template<class T>
void expect_invalid_utf8(T const& v, std::string_view what)
{
    char buffer[256];
    EXPECT_EQ(sfmodels::encode(v, std::span<char>(buffer)).code, error::invalid_utf8) << what;
    EXPECT_EQ(sfmodels::encoded_size(v).code, error::invalid_utf8) << what;
    std::string s;
    EXPECT_EQ(sfmodels::encode(v, s), error::invalid_utf8) << what;
    try {
        (void)sfmodels::to_json(v);
        ADD_FAILURE() << "to_json did not throw: " << what;
    } catch (boost::system::system_error const& e) {
        EXPECT_EQ(e.code(), error::invalid_utf8) << what;
    }
}

TEST(Encode, InvalidUtf8IsRefused)
{
    for (auto const& row : invalid_utf8_rows)
        expect_invalid_utf8(with_message(row.text), row.what);
}

TEST(Encode, InvalidUtf8IsRefusedWhereverTheStringIs)
{
    std::string_view const bad = "\xed\xa0\x80";
    sfmodels::FabricErrorError code;
    code.Code.assign(bad);
    expect_invalid_utf8(code, "unknown enum spelling");

    sfmodels::PartitionQuorumLossProgress nested;
    nested.InvokeQuorumLossResult.emplace().SelectedPartition.emplace().ServiceName = "fabric:/" + std::string(bad);
    expect_invalid_utf8(nested, "nested service name");

    sfmodels::OperationStatusList list(3);
    list[2].State.emplace().assign(bad);
    expect_invalid_utf8(list, "last list element");
}

sfmodels::timestamp at(std::chrono::sys_days day, sfmodels::ticks since_midnight = {})
{
    return sfmodels::timestamp(day) + since_midnight;
}

TEST(Encode, TimestampsOutsideTheYears0To9999AreOutOfRange)
{
    using namespace std::chrono;
    sfmodels::timestamp const out_of_range[] = {
        at(sys_days(year(0) / 1 / 1)) - sfmodels::ticks(1),
        at(sys_days(year(10000) / 1 / 1)),
        at(sys_days(year(-1) / 6 / 15)),
        sfmodels::timestamp(sfmodels::ticks(std::numeric_limits<std::int64_t>::min())),
        sfmodels::timestamp(sfmodels::ticks(std::numeric_limits<std::int64_t>::max())),
    };
    for (auto t : out_of_range) {
        sfmodels::RestoreProgressInfo v;
        v.RestoreState = sfmodels::RestoreState::Success;
        v.TimeStampUtc = t;
        char buffer[256];
        EXPECT_EQ(sfmodels::encode(v, std::span<char>(buffer)).code, error::out_of_range) << t.time_since_epoch().count();
        EXPECT_EQ(sfmodels::encoded_size(v).code, error::out_of_range);
        EXPECT_THROW((void)sfmodels::to_json(v), boost::system::system_error);
    }
}

TEST(Encode, TimestampsAtTheEdgesOfTheRange)
{
    using namespace std::chrono;
    struct row
    {
        sfmodels::timestamp t;
        std::string_view text;
    };
    row const rows[] = {
        {at(sys_days(year(0) / 1 / 1)), "0000-01-01T00:00:00Z"},
        {at(sys_days(year(9999) / 12 / 31), hours(24) - sfmodels::ticks(1)), "9999-12-31T23:59:59.9999999Z"},
        {at(sys_days(year(1) / 1 / 1)), "0001-01-01T00:00:00Z"},
        {at(sys_days(year(2018) / 1 / 1), hours(9) + seconds(55) + milliseconds(49)), "2018-01-01T09:00:55.049Z"},
    };
    for (auto const& r : rows) {
        sfmodels::BackupProgressInfo v;
        v.TimeStampUtc = r.t;
        EXPECT_EQ(sfmodels::to_json(v), R"({"TimeStampUtc":")" + std::string(r.text) + "\"}");
    }
}

TEST(Encode, MembersComeInDeclarationOrderWithEveryScalarForm)
{
    using namespace std::chrono;
    sfmodels::BackupProgressInfo v;
    v.FailureError.emplace().Code.assign("E_UNEXPECTED");
    v.LsnOfLastBackupRecord = std::numeric_limits<std::int64_t>::min();
    v.EpochOfLastBackupRecord.emplace().DataLossVersion = -1;
    v.EpochOfLastBackupRecord->ConfigurationVersion = 8589934592;
    v.BackupLocation = "CalcApp\\CalcService";
    v.BackupId = boost::uuids::uuid{{0xAB, 0xCD, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0x01, 0x23,
                                     0x45, 0x67, 0x89}};
    v.TimeStampUtc = at(sys_days(year(2024) / 2 / 29), hours(23) + minutes(59) + seconds(59) + sfmodels::ticks(10));
    v.BackupState = sfmodels::BackupState::BackupInProgress;
    EXPECT_EQ(sfmodels::to_json(v),
              R"({"BackupState":"BackupInProgress","TimeStampUtc":"2024-02-29T23:59:59.000001Z",)"
              R"("BackupId":"abcdef01-2345-6789-abcd-ef0123456789","BackupLocation":"CalcApp\\CalcService",)"
              R"("EpochOfLastBackupRecord":{"ConfigurationVersion":"8589934592","DataLossVersion":"-1"},)"
              R"("LsnOfLastBackupRecord":"-9223372036854775808","FailureError":{"Code":"E_UNEXPECTED"}})");

    sfmodels::NodeTransitionResult r;
    r.NodeResult.emplace().NodeInstanceId = 131366982707950527;
    r.ErrorCode = std::numeric_limits<std::int32_t>::min();
    EXPECT_EQ(sfmodels::to_json(r), R"({"ErrorCode":-2147483648,"NodeResult":{"NodeInstanceId":"131366982707950527"}})");
}

TEST(Encode, EmptyValues)
{
    EXPECT_EQ(sfmodels::to_json(sfmodels::OperationStatusList{}), "[]");
    EXPECT_EQ(sfmodels::to_json(sfmodels::OperationStatusList(2)), "[{},{}]");
    EXPECT_EQ(sfmodels::to_json(sfmodels::OperationStatus{}), "{}");
    EXPECT_EQ(sfmodels::to_json(sfmodels::PartitionDataLossProgress{}), "{}");
    // Required members are always written.
    EXPECT_EQ(sfmodels::to_json(sfmodels::FabricError{}), R"({"Error":{"Code":"FABRIC_E_INVALID_PARTITION_KEY"}})");

    char buffer[2];
    auto const r = sfmodels::encode(sfmodels::OperationStatusList{}, std::span<char>(buffer));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(std::string_view(buffer, r.size), "[]");
}

TEST(Encode, AnEmptyBufferIsTooSmall)
{
    EXPECT_EQ(sfmodels::encode(sfmodels::OperationStatusList{}, std::span<char>{}).code, error::buffer_too_small);
    EXPECT_EQ(sfmodels::encode(with_message("\"quoted\""), std::span<char>{}).code, error::buffer_too_small);
}

// A scalar at the top level, in every buffer from none to its text's size:
// never a byte past the end (each buffer is a heap block of exactly its
// size, for the sanitizers), too small until its text fits, then exact.
template<class T>
void expect_fits_only_whole(T const& v)
{
    std::string const want = sfmodels::to_json(v);
    for (std::size_t size = 0; size <= want.size(); ++size) {
        auto const block = std::make_unique<char[]>(size);
        auto const r = sfmodels::encode(v, std::span<char>(block.get(), size));
        if (size < want.size())
            EXPECT_EQ(r.code, error::buffer_too_small) << want << " in " << size;
        else {
            ASSERT_TRUE(r.ok()) << want;
            EXPECT_EQ(std::string_view(block.get(), r.size), want);
        }
    }
}

TEST(Encode, ATopLevelScalarInEverySmallBuffer)
{
    expect_fits_only_whole(true);
    expect_fits_only_whole(false);
    expect_fits_only_whole(std::int64_t{-1234567890123});
    expect_fits_only_whole(std::int32_t{7});
    expect_fits_only_whole(12.25);
    expect_fits_only_whole(sfmodels::timestamp(sfmodels::ticks(16000000000000000)));
    expect_fits_only_whole(sfmodels::open_enum<sfmodels::FabricErrorCodes>(sfmodels::FabricErrorCodes::E_FAIL));
    expect_fits_only_whole(sfmodels::open_enum<sfmodels::FabricErrorCodes>("E_NOT_LISTED"));
    expect_fits_only_whole(std::string("text"));
    expect_fits_only_whole(sfmodels::OperationStatusList{});
}

TEST(Encode, IntoAStringReusesItsCapacity)
{
    sfmodels::FabricErrorError const big = with_message(std::string(1000, 'x'));
    sfmodels::FabricErrorError const small = with_message("short");

    std::string out;
    ASSERT_FALSE(sfmodels::encode(big, out));
    EXPECT_EQ(out, sfmodels::to_json(big));
    char const* const data = out.data();
    std::size_t const capacity = out.capacity();

    ASSERT_FALSE(sfmodels::encode(small, out));
    EXPECT_EQ(out, message_json("short")) << "nothing of the longer encoding may remain";
    ASSERT_FALSE(sfmodels::encode(big, out));
    EXPECT_EQ(out.size(), sfmodels::encoded_size(big).size);
    EXPECT_EQ(out.data(), data);
    EXPECT_EQ(out.capacity(), capacity);
}

TEST(Encode, SizeOfAnEncodingThatFailsIsZero)
{
    auto const r = sfmodels::encoded_size(with_message("\xff"));
    EXPECT_EQ(r.code, error::invalid_utf8);
    EXPECT_EQ(r.size, 0u);
    EXPECT_TRUE(static_cast<bool>(r));
    EXPECT_FALSE(r.ok());
}

TEST(Encode, EscapedOutputDecodesToTheOriginalText)
{
    std::string text;
    for (int c = 0; c < 0x80; ++c)
        text += static_cast<char>(c);
    text += "\xc3\xbc\xe2\x82\xac\xf0\x9f\x98\x80";
    std::string const json = sfmodels::to_json(with_message(text));
    sfmodels::FabricErrorError back;
    auto const r = sfmodels::decode(json, back);
    ASSERT_FALSE(r) << r.message();
    EXPECT_EQ(back.Message, text);
}

} // namespace encode_test
} // namespace
