#include "check_case.hpp"

#if SFMODELS_MODEL_TESTS_COUNT_ALLOCATIONS
#include "alloc/counting_new.hpp"
#endif

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace sfmodels_test {

namespace {

using sfmodels::decode_result;
using sfmodels::dynamic::type_entry;

// How an error code reads in a fixture: its name, if the codec made it.
std::string code_name(boost::system::error_code const& ec)
{
    if (!ec.failed())
        return "success";
    if (ec.category() == sfmodels::error_category())
        return std::string(name_of(static_cast<sfmodels::error>(ec.value())));
    return ec.message();
}

std::string encoded(type_entry const& entry, void const* value)
{
    std::string out;
    if (auto const ec = entry.encode(value, out))
        return "<encode failed: " + code_name(ec) + ">";
    return out;
}

// Where the decoder fed in two pieces splits the text: inside its first
// token, in the middle, and before its last byte.
std::vector<std::size_t> split_points(std::size_t n)
{
    std::vector<std::size_t> out;
    for (std::size_t s : {std::size_t(1), n / 3, n / 2, n - 1})
        if (s > 0 && s < n)
            out.push_back(s);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void check_failure(type_entry const& entry, model_case const& c, model_value& reused)
{
    sfmodels::decode_options const options;
    std::string const expected = std::string(name_of(c.error)) + " at \"" + c.path + "\"";
    auto const actual = [](decode_result const& r) { return code_name(r.code) + " at \"" + std::string(r.path.view()) + "\""; };

    model_value v(entry);
    decode_result const r = entry.decode(c.input, v.get(), options);
    EXPECT_EQ(actual(r), expected) << "decode()" << (r.ok() ? ", which encodes " + encoded(entry, v.get()) : "");

    model_value ref(entry);
    EXPECT_EQ(actual(entry.decode_reference(c.input, ref.get(), options)), expected) << "decode_reference()";

    for (std::size_t split : split_points(c.input.size())) {
        model_value p(entry);
        EXPECT_EQ(code_name(entry.decode_pieces(c.input, split, p.get(), options).code), name_of(c.error))
            << "a decoder fed the input split at " << split;
    }
    EXPECT_EQ(actual(entry.decode(c.input, reused.get(), options)), expected)
        << "decode() into the object the earlier cases left";
}

} // namespace

bool counts_allocations() noexcept { return SFMODELS_MODEL_TESTS_COUNT_ALLOCATIONS != 0; }

void check_case(type_entry const& entry, model_case const& c, model_value& reused)
{
    SCOPED_TRACE("case \"" + c.name + "\" of " + std::string(entry.name) + ", input: " + c.input);
    if (!c.output) {
        check_failure(entry, c, reused);
        return;
    }
    std::string const& expected = *c.output;
    sfmodels::decode_options const options;

    model_value v(entry);
    decode_result const r = entry.decode(c.input, v.get(), options);
    ASSERT_TRUE(r.ok()) << "decode() failed: " << r.message() << "; expected it to encode as " << expected;
    std::string const out = encoded(entry, v.get());
    EXPECT_EQ(out, expected) << "encode(decode(input))";

    // the expected bytes are canonical: read back to the same value, written unchanged
    model_value again(entry);
    decode_result const r2 = entry.decode(expected, again.get(), options);
    EXPECT_TRUE(r2.ok()) << "decode(expected output) failed: " << r2.message();
    if (r2.ok()) {
        EXPECT_TRUE(entry.equal(v.get(), again.get())) << "decode(expected output) differs from decode(input)";
        EXPECT_EQ(encoded(entry, again.get()), expected) << "encode(decode(expected output))";
    }

    model_value ref(entry);
    decode_result const rr = entry.decode_reference(c.input, ref.get(), options);
    EXPECT_TRUE(rr.ok()) << "decode_reference() failed: " << rr.message();
    if (rr.ok()) {
        EXPECT_TRUE(entry.equal(v.get(), ref.get()))
            << "decode_reference() differs from decode(); it encodes " << encoded(entry, ref.get());
    }

    for (std::size_t split : split_points(c.input.size())) {
        model_value p(entry);
        decode_result const rp = entry.decode_pieces(c.input, split, p.get(), options);
        EXPECT_TRUE(rp.ok()) << "a decoder fed the input split at " << split << " failed: " << rp.message();
        if (rp.ok()) {
            EXPECT_TRUE(entry.equal(v.get(), p.get()))
                << "a decoder fed the input split at " << split << " differs; it encodes " << encoded(entry, p.get());
        }
    }

    decode_result const ru = entry.decode(c.input, reused.get(), options);
    EXPECT_TRUE(ru.ok()) << "decode() into the object the earlier cases left failed: " << ru.message();
    if (ru.ok()) {
        EXPECT_EQ(encoded(entry, reused.get()), expected) << "decode() into the object the earlier cases left";
    }

#if SFMODELS_MODEL_TESTS_COUNT_ALLOCATIONS
    decode_result same;
    EXPECT_EQ(allocations_in([&] { same = entry.decode(c.input, v.get(), options); }), 0u)
        << "decode() of the same input into the same object allocates";
    EXPECT_TRUE(same.ok()) << same.message();
    // an object whose kind comes late is decoded by a parser the thread keeps
    // per level, made the first time: the decode_reference() above made it
    EXPECT_EQ(allocations_in([&] { same = entry.decode_reference(c.input, v.get(), options); }), 0u)
        << "decode_reference() of the same input into the same object allocates";
    EXPECT_TRUE(same.ok()) << same.message();
    std::string text;
    text.reserve(expected.size());
    boost::system::error_code ec;
    EXPECT_EQ(allocations_in([&] { ec = entry.encode(v.get(), text); }), 0u)
        << "encode() into a string with room allocates";
    EXPECT_EQ(text, expected) << code_name(ec);
#endif
}

} // namespace sfmodels_test
