#include <sfmodels/codec/detail/write/keyed_string.hpp>

#include <sfmodels/codec/detail/write/escape.hpp>
#include <sfmodels/codec/detail/write/sinks.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// A std::string member: below 16 chars read sixteen bytes at a time, where
// the kernels never look at a byte past the string's size (whatever is
// there); at any length write_keyed_string writes what write_string writes
// after the key, in any room, declining only where the exact text does not fit.

namespace {
namespace write_keyed_string_test {

namespace fast = sfmodels::detail::fast;

using kernel = std::size_t (*)(char*, char const*, std::size_t);

std::vector<std::pair<char const*, kernel>> kernels()
{
    std::vector<std::pair<char const*, kernel>> k{{"swar", &fast::copy_plain_short_swar},
                                                  {"dispatch", &fast::copy_plain_short}};
#ifdef SFMODELS_SSE2
    k.emplace_back("sse2", &fast::copy_plain_short_sse2);
#endif
    return k;
}

std::size_t first_special(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && fast::plain_byte(static_cast<unsigned char>(s[i])))
        ++i;
    return i;
}

// s in a block of sixteen bytes whose tail is `after`, copied by every kernel.
void check_copy(std::string_view s, char after)
{
    std::array<char, 16> block;
    block.fill(after);
    std::copy(s.begin(), s.end(), block.begin());
    std::size_t const want = first_special(s);
    for (auto const& [name, f] : kernels()) {
        std::array<char, 16> out{};
        std::size_t const got = f(out.data(), block.data(), s.size());
        ASSERT_EQ(got, want) << name << " on a string of " << s.size() << " followed by " << int(after);
        ASSERT_EQ(std::string_view(out.data(), got), s.substr(0, got)) << name;
    }
}

TEST(WriteKeyedString, KernelsFindTheFirstSpecialByteAndIgnoreTheBytesPastTheSize)
{
    for (std::size_t n = 0; n < 16; ++n) {
        std::string plain(n, 'a');
        for (std::size_t i = 0; i < n; ++i)
            plain[i] = static_cast<char>('A' + i);
        for (char after : {'"', '\\', '\0', '\x80', 'z'}) {
            check_copy(plain, after);
            for (std::size_t at = 0; at < n; ++at)
                for (char special : {'"', '\\', '\0', '\x1f', '\x7f', '\x80', '\xff'}) {
                    std::string s = plain;
                    s[at] = special;
                    check_copy(s, after);
                }
        }
    }
}

constexpr std::string_view key = ",\"Name\":";

std::string checked_escape(std::string_view s, bool& ok)
{
    std::string buffer(s.size() * 6 + 2, '\0');
    sfmodels::detail::buffer_sink out(buffer.data(), buffer.data() + buffer.size());
    ok = sfmodels::detail::write_escaped(out, s) == sfmodels::error{};
    buffer.resize(out.size());
    return buffer;
}

void check_write(std::string const& s)
{
    bool ok = false;
    std::string const want = std::string(key) + checked_escape(s, ok);
    for (std::size_t room = 0; room <= want.size() + 24; ++room) {
        std::vector<char> out(room + 32, '\x5a');
        char* const e = fast::write_keyed_string<key.size()>(out.data() + 16, out.data() + 16 + room, key.data(), s);
        if (!ok || room < want.size())
            ASSERT_EQ(e, nullptr) << "room " << room << " for " << want;
        else {
            ASSERT_NE(e, nullptr) << "declined the room of " << room << " for " << want;
            ASSERT_EQ(std::string(out.data() + 16, e), want);
        }
        for (std::size_t i = 0; i < 16; ++i) {
            ASSERT_EQ(out[i], '\x5a');
            ASSERT_EQ(out[16 + room + i], '\x5a') << "wrote past the room of " << room;
        }
    }
}

TEST(WriteKeyedString, KeyedStringsAreWrittenLikeTheCheckedWriterInEveryRoom)
{
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string const plain(n, 'q');
        check_write(plain);
        for (std::size_t at = 0; at < n; ++at)
            for (std::string_view special : {"\"", "\\", "\n", "\x01", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xc3", "\xff"}) {
                std::string s = plain;
                s.replace(at, 1, special);
                check_write(s);
            }
    }
}

TEST(WriteKeyedString, TheSixteenByteReadIsOnlyTakenWhereTheStorageHoldsSixteen)
{
    if (fast::string_reads_16) {
        EXPECT_GE(std::string().capacity(), 15u);
    }
#if defined(__GLIBCXX__) && !defined(SFMODELS_SANITIZED_STRINGS)
    EXPECT_TRUE(fast::string_reads_16);   // so that the tests above cover it here
#endif
}

} // namespace write_keyed_string_test
} // namespace
