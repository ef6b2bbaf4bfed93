#ifndef SFMODELS_FUZZ_FUZZ_CHECK_HPP
#define SFMODELS_FUZZ_FUZZ_CHECK_HPP

// The properties every input must keep, for the libFuzzer targets and for the
// unit test that replays the seed corpus and the regressions. check<T>(input)
// returns what went wrong, or an empty string.
//
// For one input and one model T:
//  1. decode() gives a result whose offset lies within the input;
//  2. a decoder fed the input in one piece gives the same code, offset and
//     path, and on success the same value; fed in pieces (split by a hash of
//     the input) the same code, path and value (see same_result_in_pieces);
//  3. decoding into an object full of other values (every member set, lists
//     longer) gives the same result and value as decoding into a fresh one;
//     after a failure that object takes a good document and equals a fresh
//     decode of it;
//  4. on success, encoding succeeds, encoded_size() is exact, the encoding
//     decodes to the same value and encodes to the same bytes;
//  5. the oracle (tests/support/oracle.hpp), which shares no member-name
//     matching, legacy names or scalar parsing with the decoder, reads the
//     document as parsed by Boost.JSON's basic_parser (max_depth 64): it
//     accepts exactly when decode() does, and decode()'s value is exactly what
//     it reads.
//
// Where the oracle may legitimately differ from decode():
//  - decode() stops at the first error, so for a document that is both
//    invalid JSON and a wrong value the two may reject for different reasons:
//    only accept/reject is compared, except that a syntax-class error from
//    decode() (syntax, incomplete, trailing_data) requires the JSON parser
//    to fail too;
//  - a member name that occurs twice in one object is checked by decode()
//    each time, while the DOM keeps only the last occurrence (oracle::parse
//    puts it where that last occurrence is, so that of a member and its legacy
//    name the later one still wins): an invalid earlier duplicate makes
//    decode() reject a document the oracle accepts, and a family's
//    discriminator is read where it first occurs (the oracle sees the last):
//    with a duplicate member name, accept/reject and values are not compared;
//  - decode()'s limits (1 MiB strings, 64 MiB documents: too_large) are not
//    Boost.JSON's; a too_large from decode() is not compared.

#include "duplicates.hpp"
#include "families.hpp"
#include "filled.hpp"
#include "pieces.hpp"
#include "results.hpp"

#include "../tests/support/oracle.hpp"

#include <sfmodels/codec.hpp>

#include <boost/core/demangle.hpp>
#include <boost/json/parse_options.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

namespace sfmodels::fuzz {

template<class T>
std::string show(T const& v)
{
    std::string s;
    if (auto ec = encode(v, s))
        return "<cannot encode: " + ec.message() + ">";
    return s;
}

// Properties 4: the encoding of a decoded value is exact and stable.
template<class T>
std::string check_round_trip(T const& value)
{
    std::string text;
    if (auto ec = encode(value, text))
        return "a decoded value does not encode: " + ec.message();
    auto const size = encoded_size(value);
    if (!size.ok() || size.size != text.size())
        return "encoded_size() is " + std::to_string(size.size) + ", encode() wrote " + text;
    std::vector<char> exact(text.size());
    auto const written = encode(value, std::span<char>(exact));
    if (!written.ok() || std::string_view(exact.data(), exact.size()) != text)
        return "encode() into an exact buffer failed: " + written.code.message();
    if (!text.empty()) {
        auto const short_by_one = encode(value, std::span<char>(exact.data(), exact.size() - 1));
        if (short_by_one.code != error::buffer_too_small)
            return "encode() into a buffer one byte short did not report buffer_too_small";
    }
    T again{};
    if (auto const r = decode(text, again))
        return "the encoding " + text + " does not decode: " + r.message();
    if (!(again == value))
        return "the encoding " + text + " decodes to " + show(again);
    if (show(again) != text)
        return "re-encoding " + text + " gives " + show(again);
    return {};
}

// Property 5.
template<class T>
std::string check_reference(std::string_view json, decode_result const& r, T const& value)
{
    namespace oracle = sfmodels::test::oracle;
    if (r.code == error::too_large)
        return {};
    boost::json::parse_options o;
    o.max_depth = limits::max_depth;
    boost::system::error_code ec;
    boost::json::value const dom = oracle::parse(json, ec, o);
    if (ec) {
        if (r.ok())
            return "decode() accepts what the JSON parser rejects: " + ec.message();
        return {};
    }
    if (syntax_class(r.code))
        return "decode() says " + r.message() + " but the JSON parser accepts the document";
    oracle::judgement const j = oracle::judge<T>(dom);
    if (j.outcome == oracle::verdict::reject) {
        // a family's discriminator is read once, where it first occurs; the oracle
        // reads the DOM, which keeps the last occurrence of a name
        if (r.ok() && !has_duplicate_member(json))
            return "decode() accepts what the oracle rejects: " + j.why + "; decoded " + show(value);
        return {};
    }
    if (!r.ok()) {
        if (has_duplicate_member(json))
            return {};
        return "decode() says " + r.message() + " but the oracle accepts the document";
    }
    // of a repeated name the DOM keeps the last value, while a family's
    // discriminator is read where it first occurs: values are compared only
    // for documents without a repeated name
    if (has_duplicate_member(json))
        return {};
    if (std::string const m = oracle::mismatch(dom, value); !m.empty())
        return "decode() gives " + show(value) + ", the oracle reads the document otherwise: " + m;
    return {};
}

template<class T>
std::string check(std::string_view json)
{
    T fresh{};
    decode_result const r = decode(json, fresh);
    if (r && r.offset > json.size())
        return "offset " + std::to_string(r.offset) + " past the end of the input: " + r.message();
    if (r.message().empty())
        return "an empty error message";

    T one_piece{};
    decoder<T> d(one_piece);
    d.write(json);
    decode_result const r1 = d.finish();
    if (!same_result(r, r1))
        return "in one piece: " + describe(r1) + ", whole: " + describe(r);
    if (r.ok() && !(one_piece == fresh))
        return "in one piece gives " + show(one_piece) + ", whole gives " + show(fresh);

    T pieces{};
    decode_result const rp = decode_in_pieces(json, pieces);
    if (!same_result_in_pieces(r, rp) || rp.offset > json.size())
        return "in pieces: " + describe(rp) + ", whole: " + describe(r);
    if (r.ok() && !(pieces == fresh))
        return "in pieces gives " + show(pieces) + ", whole gives " + show(fresh);

    T const full = filled<T>();
    T reused = full;
    decode_result const rr = decode(json, reused);
    if (!same_result(r, rr))
        return "into a used object: " + describe(rr) + ", into a fresh one: " + describe(r);
    if (r.ok() && !(reused == fresh))
        return "into a used object gives " + show(reused) + ", into a fresh one " + show(fresh);
    if (!r.ok()) {
        if (auto const again = decode(show(full), reused))
            return "after a failed decode, a good document fails: " + again.message();
        if (!(reused == full))
            return "after a failed decode, a good document gives " + show(reused);
    }

    if (r.ok())
        if (std::string f = check_round_trip(fresh); !f.empty())
            return f;
    return check_reference(json, r, fresh);
}

// Runs check<T> for every T of the family; returns "<type>: <what>" for the first failure.
template<class... T>
std::string check_all(family<T...>, std::string_view json)
{
    std::string failure;
    auto one = [&]<class U>(std::type_identity<U>) {
        if (failure.empty() && !(failure = check<U>(json)).empty())
            failure.insert(0, boost::core::demangle(typeid(U).name()) + ": ");
    };
    (one(std::type_identity<T>{}), ...);
    return failure;
}

// The body of LLVMFuzzerTestOneInput: a broken property aborts, which libFuzzer reports.
template<class Family>
int run(std::uint8_t const* data, std::size_t size)
{
    std::string const failure = check_all(Family{}, {reinterpret_cast<char const*>(data), size});
    if (!failure.empty()) {
        std::fprintf(stderr, "sfmodels: %s\n", failure.c_str());
        std::abort();
    }
    return 0;
}

} // namespace sfmodels::fuzz

#endif
