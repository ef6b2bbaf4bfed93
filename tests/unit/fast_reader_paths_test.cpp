#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/detail/read/decode.hpp>
#include <sfmodels/detail/text/floating.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/models/events.hpp>
#include <sfmodels/models/faults.hpp>
#include <sfmodels/models/health.hpp>

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

// The fast reader's shortcuts, each against the general code it stands in
// for: recursive types and their depth count, the one-load enum and
// timestamp readers, Clinger's fast path for decimals, the family's kind
// table, the in-place string copy. Where a shortcut has an SSE2 form and a
// portable one, both are checked.

namespace {
namespace fast_reader_paths_test {

namespace fast = sfmodels::detail::fast;

// ClusterHealth with `levels` nested unhealthy evaluations, each level three
// containers deep, and `extra` (an unknown member) in the innermost one.
std::string nested_health(int levels, std::string const& extra = {})
{
    std::string s = R"({"AggregatedHealthState":"Warning","UnhealthyEvaluations":)";
    for (int i = 0; i < levels; ++i)
        s += R"([{"HealthEvaluation":{"Kind":"Nodes","AggregatedHealthState":"Warning","UnhealthyEvaluations":)";
    s += "[]";
    if (!extra.empty())
        s += ",\"Extra\":" + extra;
    for (int i = 0; i < levels; ++i)
        s += R"(,"TotalCount":)" + std::to_string(i) + "}}]";
    s += "}";
    return s;
}

TEST(FastReaderPaths, RecursiveTypesHaveAFastReader)
{
    EXPECT_TRUE(fast::supported<sfmodels::ClusterHealth>);
    EXPECT_TRUE(fast::recursive<sfmodels::ClusterHealth>);
    EXPECT_TRUE(fast::recursive<sfmodels::one_of<sfmodels::HealthEvaluation>>);
    EXPECT_FALSE(fast::recursive<sfmodels::NodeHealthState>);
}

// Whatever the fast reader accepts, the reference decoder accepts with the
// same value; decode() gives the reference's result either way.
void expect_agreement(std::string const& json, bool fast_should_accept)
{
    sfmodels::ClusterHealth reference, quick, through_decode;
    auto const expected = sfmodels::detail::decode_reference(json, reference);
    bool const accepted = fast::decode(json, quick);
    EXPECT_EQ(fast::depth, 0u);
    if (accepted) {
        EXPECT_FALSE(expected) << expected.message() << ": " << json;
        EXPECT_TRUE(quick == reference) << json;
    }
    if (fast_should_accept) {
        EXPECT_TRUE(accepted) << json;
    }
    auto const got = sfmodels::decode(json, through_decode);
    EXPECT_EQ(got.code, expected.code) << json;
    EXPECT_EQ(got.offset, expected.offset) << json;
    if (!expected) {
        EXPECT_TRUE(through_decode == reference) << json;
    }
}

TEST(FastReaderPaths, NestedEvaluationsAgreeWithTheReferenceAtEveryDepth)
{
    for (int levels = 0; levels <= 24; ++levels) {
        SCOPED_TRACE(levels);
        expect_agreement(nested_health(levels), levels <= 8);
        // an unknown member that nests deep where the evaluations already do
        expect_agreement(nested_health(levels, std::string(20, '[') + std::string(20, ']')), levels <= 2);
        expect_agreement(nested_health(levels, "{\"a\":" + std::string(30, '[') + std::string(30, ']') + "}"), false);
    }
}

TEST(FastReaderPaths, NestedEvaluationsAgreeWhenCut)
{
    std::string const json = nested_health(4, "[1,{\"b\":null}]");
    for (std::size_t n = 0; n <= json.size(); ++n)
        expect_agreement(json.substr(0, n), n == json.size());
}

// the first special byte within 32 bytes, and the words of the text before it
bool short_spelling_bytewise(char const* first, char const* end, std::size_t& n, fast::spelling_words& w)
{
    char const* q = first;
    while (q != end && q - first < 32 && !fast::is_special(*q))
        ++q;
    if (q == end || q - first == 32 || *q != '"')
        return false;
    n = static_cast<std::size_t>(q - first);
    w = {};
    for (std::size_t k = 0; k < n && k < fast::word_spelling_limit; ++k)
        (k < 8 ? w.a : k < 16 ? w.b : w.c) |= std::uint64_t(static_cast<unsigned char>(first[k])) << 8 * (k % 8);
    return true;
}

void expect_same_spelling(bool ok, std::size_t n, fast::spelling_words w, bool ok2, std::size_t n2,
                          fast::spelling_words w2, std::string const& s)
{
    ASSERT_EQ(ok, ok2) << s;
    if (!ok)
        return;
    ASSERT_EQ(n, n2) << s;
    if (n < fast::word_spelling_limit) {
        ASSERT_EQ(w.a, w2.a) << s;
        ASSERT_EQ(w.b, w2.b) << s;
        ASSERT_EQ(w.c, w2.c) << s;
    }
}

TEST(FastReaderPaths, ShortSpellingScansAgree)
{
    std::mt19937 rng(11);
    std::string const specials = "\"\\\x01\x1f\x7f\x80\xc3\xff";
    for (int round = 0; round < 20000; ++round) {
        std::string s(rng() % 48, 'a');
        for (char& c : s)
            c = rng() % 24 == 0 ? specials[rng() % specials.size()] : static_cast<char>('A' + rng() % 58);
        if (rng() % 2 && !s.empty())
            s[rng() % s.size()] = '"';
        char const* const end = s.data() + s.size();
        std::size_t n0 = 0, n1 = 0;
        fast::spelling_words w0{}, w1{};
        bool const ok0 = short_spelling_bytewise(s.data(), end, n0, w0);
        bool const ok1 = fast::short_spelling_portable(s.data(), end, n1, w1);
        expect_same_spelling(ok0, n0, w0, ok1, n1, w1, s);
#ifdef SFMODELS_SSE2
        // the enum reader's SSE2 scan, where 32 bytes are readable
        if (s.size() >= 32) {
            std::size_t n2 = 0;
            fast::spelling_words w2{};
            bool const ok2 = fast::spelling_in_32(s.data(), n2, w2);
            expect_same_spelling(ok0, n0, w0, ok2, n2, w2, s);
        }
#endif
    }
}

template<class E>
void expect_word_lookup_agrees()
{
    using table = sfmodels::detail::enum_table<E>;
    EXPECT_TRUE(fast::enum_lookup<E>::enabled);
    for (std::size_t i = 0; i < table::size(); ++i) {
        std::string const name(table::name(table::at(i)));
        std::vector<std::string> spellings{name, name.substr(0, name.size() - 1), name + "x"};
        spellings.push_back(name);
        spellings.back().front() ^= 0x20;
        for (std::string const& s : spellings) {
            int const k = fast::enum_lookup<E>::find(s.data(), s.size());
            EXPECT_EQ(k, s == name ? static_cast<int>(i) : -1) << s;
            if (s.size() < fast::word_spelling_limit) {
                EXPECT_EQ(fast::enum_lookup<E>::find_words(fast::words_of(s.data(), s.size()), s.size()), k) << s;
            }
        }
    }
}

TEST(FastReaderPaths, EnumWordLookupFindsExactSpellingsOnly)
{
    expect_word_lookup_agrees<sfmodels::HealthState>();
    expect_word_lookup_agrees<sfmodels::FabricEventKind>();   // spellings of 24 bytes and more too
    expect_word_lookup_agrees<sfmodels::OperationType>();     // of 16 to 23 bytes
}

std::string two_digits(unsigned v)
{
    char b[3];
    std::snprintf(b, sizeof b, "%02u", v % 100);
    return b;
}

TEST(FastReaderPaths, TimestampWordsAgreeWithTheGeneralParser)
{
    std::mt19937 rng(5);
    std::vector<std::string> cases{"2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
                                   "1900-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "0000-03-01T00:00:00.0000000Z",
                                   "9999-12-31T23:59:59.9999999Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z",
                                   "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-01T24:00:00Z",
                                   "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z", "2024-01-01t00:00:00z",
                                   "2024-01-01 00:00:00Z", "2024/01/01T00:00:00Z", "2024-01-01T00:00:00.123456Z",
                                   "2024-01-01T00:00:00.12345678", "2024-01-01T00:00:00,1234567Z",
                                   "2024-01-01T00:00:00.1234567z", "2024-01-01T00:00:00.12345a7Z",
                                   "2024-01-01T00:00:00+01:00", "2024-1-01T00:00:00Z0", "0001-01-01T00:00:00Z"};
    for (int i = 0; i < 20000; ++i) {
        std::string s = std::to_string(rng() % 10000 + 10000).substr(1) + "-" + two_digits(rng() % 14) + "-" +
                        two_digits(rng() % 33) + "T" + two_digits(rng() % 26) + ":" + two_digits(rng() % 62) + ":" +
                        two_digits(rng() % 62);
        if (rng() % 2)
            s += "." + std::to_string(rng() % 10000000 + 10000000).substr(1);
        s += "Z";
        if (rng() % 8 == 0)
            s[rng() % s.size()] = "0a-:T.Z/\x80"[rng() % 9];
        cases.push_back(s);
    }
    for (std::string const& s : cases) {
        sfmodels::timestamp a{}, b{};
        bool const general = sfmodels::detail::parse_timestamp_any(s, b);
        bool const words = (s.size() == 20 || s.size() == 28) &&
                           sfmodels::detail::timestamp_swar::parse_utc(s.data(), s.size(), a);
        if (words) {
            EXPECT_TRUE(general) << s;
            EXPECT_EQ(a, b) << s;
        } else if constexpr (std::endian::native == std::endian::little) {
            EXPECT_FALSE(general && (s.size() == 20 || s.size() == 28) && (s.back() | 0x20) == 'z') << s;
        }
        sfmodels::timestamp c{};
        EXPECT_EQ(sfmodels::detail::parse_timestamp(s, c), general) << s;
        if (general) {
            EXPECT_EQ(c, b) << s;
        }
    }
}

TEST(FastReaderPaths, SimpleDecimalsReadAsParseDoubleDoes)
{
    std::mt19937_64 rng(3);
    std::vector<std::string> cases{"0",     "-0",    "0.0",  "-0.0", "1",         "0.1",  "0.3",  "3.25",
                                   "975",   "1.5e3", "1E3",  "01",   "1.",        ".5",   "-",    "-a",
                                   "9007199254740992", "9007199254740993", "0.1234567890123456789",
                                   "1234567890123456789", "12345678901234567890", "0.0000000000000000000001",
                                   "0.00000000000000000000001", "4503599627370497.5", "1.7976931348623157"};
    for (int i = 0; i < 20000; ++i) {
        std::string s = rng() % 4 == 0 ? "-" : "";
        s += std::to_string(rng() % (std::uint64_t(1) << (rng() % 60)));
        if (rng() % 4 != 0) {
            std::string f = std::to_string(rng() % 100000000000);
            s += "." + f.substr(0, 1 + rng() % f.size());
        }
        cases.push_back(s);
    }
    for (std::string const& s : cases) {
        double fast_value = 0, general_value = 0;
        char const* const end = s.data() + s.size();
        char const* const stop = fast::read_simple_double(s.data(), end, fast_value);
        if (stop != end)
            continue;   // left to the general reader (or not a whole number)
        ASSERT_TRUE(sfmodels::detail::parse_double(s, general_value)) << s;
        EXPECT_EQ(std::bit_cast<std::uint64_t>(fast_value), std::bit_cast<std::uint64_t>(general_value)) << s;
    }
    double v = 0;
    std::string const plain = "3.25";
    EXPECT_EQ(fast::read_simple_double(plain.data(), plain.data() + plain.size(), v), plain.data() + plain.size());
    std::string const wide = "9007199254740993";
    EXPECT_EQ(fast::read_simple_double(wide.data(), wide.data() + wide.size(), v), nullptr);
}

TEST(FastReaderPaths, KindIndexFindsWhatTheFamilyFinds)
{
    using V = sfmodels::one_of<sfmodels::FabricEvent>;
    using traits = sfmodels::detail::family_traits<V>;
    for (std::string_view value : traits::values) {
        std::string s(value);
        EXPECT_EQ(fast::kind_index<V>::find(s), traits::find(s)) << s;
        if (!s.empty()) {
            s.back() ^= 0x20;
            EXPECT_EQ(fast::kind_index<V>::find(s), traits::find(s)) << s;
            s.pop_back();
            EXPECT_EQ(fast::kind_index<V>::find(s), traits::find(s)) << s;
        }
    }
    EXPECT_EQ(fast::kind_index<V>::find(""), traits::find(""));
    EXPECT_EQ(fast::kind_index<V>::find("NoSuchEventKindAtAll"), traits::find("NoSuchEventKindAtAll"));
}

TEST(FastReaderPaths, AssignTextCopiesEveryLength)
{
    std::string source;
    for (int i = 0; i < 300; ++i)
        source += static_cast<char>('!' + i % 90);
    for (std::size_t n = 0; n <= 260; ++n)
        for (std::size_t had : {n, n + 3, n / 2}) {
            std::string s(had, '#');
            fast::assign_text(s, source.data() + 1, n);
            EXPECT_EQ(s, source.substr(1, n)) << n << " over " << had;
        }
}

TEST(FastReaderPaths, CopyBytesCopiesEveryLength)
{
    std::string source;
    for (int i = 0; i < 300; ++i)
        source += static_cast<char>(i * 7 + 3);
    for (std::size_t n = 16; n <= 260; ++n) {
        std::string out(n + 8, '#');
        fast::copy_bytes(out.data() + 4, source.data() + 5, n);
        EXPECT_EQ(out.substr(4, n), source.substr(5, n)) << n;
        EXPECT_EQ(out.substr(0, 4) + out.substr(4 + n), "########") << n << ": wrote outside";
    }
}

// How many of the 16 bytes at p are digits before the first that is not.
unsigned digit_run_bytewise(char const* p)
{
    unsigned n = 0;
    while (n < 16 && static_cast<unsigned char>(p[n]) - unsigned('0') <= 9)
        ++n;
    return n;
}

TEST(FastReaderPaths, DigitRunsAgree)
{
    // the digits' neighbours, and bytes whose carry could reach the next byte
    std::string others = "/:\"\x20\x2f\x3a\x7f\x80\xb0\xf0\xf9\xfa\xff-.eE";
    others += '\0';
    std::mt19937 rng(11);
    for (int round = 0; round < 20000; ++round) {
        char bytes[16];
        for (char& c : bytes)
            c = rng() % 4 != 0 ? static_cast<char>('0' + rng() % 10) : others[rng() % others.size()];
        unsigned const expected = digit_run_bytewise(bytes);
        ASSERT_EQ(fast::digit_run16(bytes), expected) << std::string(bytes, 16);
        ASSERT_EQ(fast::digit_run16_swar(bytes), expected) << std::string(bytes, 16);
    }
}

// What read_integer promises, the slow way: `-?(0|[1-9][0-9]*)` of at most 18
// digits, not followed by a fraction or an exponent.
char const* read_integer_bytewise(char const* p, char const* end, std::int64_t& out)
{
    char const* q = p + (*p == '-');
    char const* const first = q;
    if (q == end || static_cast<unsigned char>(*q) - unsigned('0') > 9)
        return nullptr;
    if (*q == '0')
        ++q;
    else
        while (q != end && static_cast<unsigned char>(*q) - unsigned('0') <= 9)
            ++q;
    if (q - first > 18 || (q != end && (*q == '.' || *q == 'e' || *q == 'E')))
        return nullptr;
    EXPECT_EQ(sfmodels::detail::parse_int64(std::string_view(p, static_cast<std::size_t>(q - p)), out),
              sfmodels::detail::int_parse::ok);
    return q;
}

TEST(FastReaderPaths, IntegerReaderAgreesWithTheRules)
{
    std::string const after = "\",}] .eEx0";
    std::mt19937 rng(5);
    for (int round = 0; round < 40000; ++round) {
        std::string s;
        if (rng() % 4 == 0)
            s += '-';
        auto const digits = rng() % 23;
        for (unsigned i = 0; i < digits; ++i)
            s += static_cast<char>('0' + (i == 0 && rng() % 3 != 0 ? 1 + rng() % 9 : rng() % 10));
        if (rng() % 5 != 0)
            s += after[rng() % after.size()];
        // the number at the end of the text, then with a few bytes and with 16
        // and more after it, in an exactly sized copy that a sanitizer guards
        for (std::size_t padding : {0, 1, 2, 3, 17}) {
            std::string const padded = s + std::string(padding, '}');
            auto const copy = std::make_unique<char[]>(padded.size() + 1);
            std::memcpy(copy.get(), padded.data(), padded.size());
            char const* const text = copy.get();
            char const* const end = text + padded.size();
            std::int64_t value = 7, expected_value = 7;
            char const* const got = fast::read_integer(text, end, value);
            char const* const expected = read_integer_bytewise(text, end, expected_value);
            ASSERT_EQ(got, expected) << padded;
            if (got) {
                ASSERT_EQ(value, expected_value) << padded;
            }
        }
    }
    // the largest magnitudes it takes, and the first it leaves
    for (std::string const text : {"999999999999999999", "-999999999999999999", "123456789012345678\"                ",
                                   "1234567890123456789", "0000000000000000000"}) {
        std::int64_t value = 0, expected_value = 0;
        char const* const end = text.data() + text.size();
        EXPECT_EQ(fast::read_integer(text.data(), end, value), read_integer_bytewise(text.data(), end, expected_value))
            << text;
        EXPECT_EQ(value, expected_value) << text;
    }
}

TEST(FastReaderPaths, CopyStringAgreesWithScanAndUnescape)
{
    // strings of plain runs, escapes and UTF-8 at every length up to 48, the
    // document ending 0 to 20 bytes after them, in exactly sized copies; the
    // output room from too small to ample
    std::vector<std::string> const pieces = {"a", "path", "0123456789abcdef", "\\\\", "\\\"", "\\n", "\\u00e9",
                                             "\xc3\xa9", "\\/", " ", "\x01", "\xff"};
    std::mt19937 rng(17);
    for (int round = 0; round < 20000; ++round) {
        std::string body;
        while (body.size() < rng() % 49)
            body += pieces[rng() % pieces.size()];
        std::string const doc = body + "\"" + std::string(rng() % 21, '}');
        auto const copy = std::make_unique<char[]>(doc.size());
        std::memcpy(copy.get(), doc.data(), doc.size());
        char const* const first = copy.get();
        char const* const end = first + doc.size();

        bool escaped = false;
        char const* const q = fast::scan_string(first, end, escaped);
        std::string expected;
        if (q) {
            expected.resize(static_cast<std::size_t>(q - first));
            expected.resize(static_cast<std::size_t>(fast::unescape(first, q, expected.data()) - expected.data()));
        }
        for (std::size_t room : {expected.size(), expected.size() + 3, expected.size() + 64}) {
            std::vector<char> out(room + 1, '#');
            std::size_t size = 0;
            char const* const after = fast::copy_string(first, end, out.data(), out.data() + room, size);
            if (!q) {
                ASSERT_EQ(after, nullptr) << doc;
                continue;
            }
            if (!after)   // the text did not fit, which the copy may decide early
                continue;
            ASSERT_EQ(after, q + 1) << doc;
            ASSERT_EQ(std::string(out.data(), size), expected) << doc;
            ASSERT_EQ(out[room], '#') << doc;
        }
        // with ample room it never gives up on a valid string
        if (q) {
            std::vector<char> out(expected.size() + 64);
            std::size_t size = 0;
            ASSERT_NE(fast::copy_string(first, end, out.data(), out.data() + out.size(), size), nullptr) << doc;
        }
    }
}

} // namespace fast_reader_paths_test
} // namespace
