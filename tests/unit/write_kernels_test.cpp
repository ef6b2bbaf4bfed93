#include <sfmodels/codec/detail/write/copy_plain.hpp>
#include <sfmodels/codec/detail/write/fast.hpp>
#include <sfmodels/codec/detail/write/sinks.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// The writer's string kernels: copy_plain in each of its forms (SSE2 where
// the target has it, the portable eight-byte one everywhere) against a byte
// loop, and write_string against the checked writer's write_escaped.

namespace {
namespace write_kernels_test {

namespace fast = sfmodels::detail::fast;

using kernel = std::size_t (*)(char*, char const*, std::size_t);

std::vector<std::pair<char const*, kernel>> kernels()
{
    std::vector<std::pair<char const*, kernel>> k{{"swar", &fast::copy_plain_swar}, {"dispatch", &fast::copy_plain}};
#ifdef SFMODELS_SSE2
    k.emplace_back("sse2", &fast::copy_plain_sse2);
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

// Runs every kernel on s, copied to a heap block of exactly its size (so that
// a sanitizer sees any read outside it), into guarded output.
void check_copy(std::string const& s)
{
    std::size_t const want = first_special(s);
    for (auto const& [name, f] : kernels()) {
        auto const source = std::make_unique<char[]>(s.size() + 1);
        std::copy(s.begin(), s.end(), source.get());
        std::vector<char> out(s.size() + 32, '\x5a');
        std::size_t const got = f(out.data() + 16, source.get(), s.size());
        ASSERT_EQ(got, want) << name << " on a string of " << s.size();
        ASSERT_EQ(std::string_view(out.data() + 16, got), std::string_view(s).substr(0, got)) << name;
        for (std::size_t i = 0; i < 16; ++i) {
            ASSERT_EQ(out[i], '\x5a') << name << " wrote before its output";
            ASSERT_EQ(out[16 + s.size() + i], '\x5a') << name << " wrote past its output";
        }
    }
}

TEST(WriteKernels, CopyPlainFindsTheFirstSpecialByteAtEveryPositionOfEveryLength)
{
    for (std::size_t n = 0; n <= 70; ++n) {
        std::string plain(n, 'a');
        for (std::size_t i = 0; i < n; ++i)
            plain[i] = static_cast<char>('!' + (i * 7) % 90 + (i % 5 == 0));   // printable ASCII
        for (char& c : plain)
            if (c == '"' || c == '\\')
                c = 'x';
        check_copy(plain);
        for (std::size_t at = 0; at < n; ++at)
            for (char special : {'"', '\\', '\0', '\x1f', '\x7f', '\x80', '\xff', ' '}) {
                std::string s = plain;
                s[at] = special;
                check_copy(s);
                if (at + 3 < n) {   // a second one further on never hides the first
                    s[at + 3] = '"';
                    check_copy(s);
                }
            }
    }
}

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
    std::string const want = checked_escape(s, ok);
    for (std::size_t room = 0; room <= want.size() + 8; ++room) {
        std::vector<char> out(room + 32, '\x5a');
        char* const e = fast::write_string(out.data() + 16, out.data() + 16 + room, s);
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

TEST(WriteKernels, WriteStringEscapesLikeTheCheckedWriter)
{
    for (std::size_t n = 0; n <= 40; ++n) {
        std::string const plain(n, 'q');
        check_write(plain);
        for (std::size_t at = 0; at < n; ++at)
            for (std::string_view special : {"\"", "\\", "\n", "\x01", "\x7f", "\xc3\xa9", "\xe2\x82\xac",
                                             "\xf0\x9f\x98\x80", "\xc3", "\xed\xa0\x80", "\xff"}) {
                std::string s = plain;
                s.replace(at, 1, special);
                check_write(s);
                s += "\t\"";
                check_write(s);
            }
    }
}

} // namespace write_kernels_test
} // namespace
