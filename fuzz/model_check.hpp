#ifndef SFMODELS_FUZZ_MODEL_CHECK_HPP
#define SFMODELS_FUZZ_MODEL_CHECK_HPP

// What fuzz_models checks, for any definition of the specification, through
// the type table (sfmodels/dynamic/type_table.hpp): one target reaches all
// 749 models without compiling a codec of its own.
//
// An input reads
//
//     NAME '\n' DOCUMENT [ '\x1e' PRIOR ]
//
// NAME is the definition that DOCUMENT is decoded as. A NAME that names none
// picks a definition by its hash, so no input is wasted and a mutated name
// tries the document on another type; an input without '\n' is all DOCUMENT,
// with an empty NAME. PRIOR, after an ASCII record separator (a byte that no
// valid JSON text holds outside a string, nor raw inside one), is a document
// decoded into the "used" objects before DOCUMENT; without it they first take
// DOCUMENT itself. fuzz/seed_corpus.py writes seeds in this form.
//
// For the chosen type, check_model() asks that
//  1. decode() reports an error offset within the document;
//  2. the basic_parser decoder alone (decode_reference) and a decoder fed the
//     document in one piece give decode()'s code, offset and path, and on
//     success an equal value;
//  3. a decoder fed it in two pieces (cut where a hash of the document says)
//     gives the same code and path (see same_result_in_pieces) and value;
//  4. decoding whole and in two pieces into a used object gives what decoding
//     into a fresh one gives; after a failure the used object still takes a
//     good document (PRIOR, or else the encoding of a default value) and
//     equals a fresh decode of it;
//  5. a successful decode encodes, the encoding decodes to an equal value, and
//     that value encodes to the same text.
// The per-family targets (fuzz_check.hpp) check more, such as the oracle and
// exact buffer sizes, for the few models they compile themselves.

#include "pieces.hpp"
#include "results.hpp"

#include <sfmodels/dynamic/type_table.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sfmodels::fuzz {

struct model_input
{
    std::string_view name;
    std::string_view document;
    std::optional<std::string_view> prior;
};

inline model_input split_input(std::string_view input) noexcept
{
    model_input in;
    if (std::size_t const eol = input.find('\n'); eol != std::string_view::npos) {
        in.name = input.substr(0, eol);
        input.remove_prefix(eol + 1);
    }
    if (std::size_t const rs = input.find('\x1e'); rs != std::string_view::npos) {
        in.prior = input.substr(rs + 1);
        input = input.substr(0, rs);
    }
    in.document = input;
    return in;
}

/// The definition named `name`, or else the one its FNV-1a hash picks.
inline dynamic::type_entry const& pick_type(std::string_view name) noexcept
{
    if (dynamic::type_entry const* e = dynamic::find_type(name))
        return *e;
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (char c : name)
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    auto const table = dynamic::type_table();
    return table[h % table.size()];
}

/// A value of a type_entry's type, destroyed with it.
class model_value
{
public:
    explicit model_value(dynamic::type_entry const& type) : type_(&type), value_(type.create()) {}
    model_value(model_value const&) = delete;
    model_value& operator=(model_value const&) = delete;
    ~model_value() { type_->destroy(value_); }

    void* get() noexcept { return value_; }
    void const* get() const noexcept { return value_; }

    bool operator==(model_value const& other) const { return type_->equal(value_, other.value_); }

    /// The value's encoding, or why there is none.
    std::string text() const
    {
        std::string s;
        if (auto ec = type_->encode(value_, s))
            return "<cannot encode: " + ec.message() + ">";
        return s;
    }

private:
    dynamic::type_entry const* type_;
    void* value_;
};

/// What went wrong decoding `document` as `type`, or an empty string.
inline std::string check_model(dynamic::type_entry const& type, std::string_view document,
                               std::optional<std::string_view> prior)
{
    decode_options const options;
    auto decode = [&](std::string_view json, model_value& v) { return type.decode(json, v.get(), options); };
    auto decode_pieces = [&](std::string_view json, std::size_t split, model_value& v) {
        return type.decode_pieces(json, split, v.get(), options);
    };

    // 1.
    model_value fresh(type);
    decode_result const r = decode(document, fresh);
    if (r && r.offset > document.size())
        return "offset " + std::to_string(r.offset) + " past the end of the document: " + r.message();

    // 2.
    model_value reference(type);
    decode_result const rr = type.decode_reference(document, reference.get(), options);
    if (!same_result(r, rr))
        return "the basic_parser decoder: " + describe(rr) + ", decode(): " + describe(r);
    if (r.ok() && !(reference == fresh))
        return "the basic_parser decoder gives " + reference.text() + ", decode() " + fresh.text();

    model_value one_piece(type);
    decode_result const r1 = decode_pieces(document, document.size(), one_piece);
    if (!same_result(r, r1))
        return "in one piece: " + describe(r1) + ", whole: " + describe(r);
    if (r.ok() && !(one_piece == fresh))
        return "in one piece gives " + one_piece.text() + ", whole " + fresh.text();

    // 3.
    std::size_t const split = split_rng(document).next() % (document.size() + 1);
    std::string const at = " (split at " + std::to_string(split) + ")";
    model_value two_pieces(type);
    decode_result const r2 = decode_pieces(document, split, two_pieces);
    if (!same_result_in_pieces(r, r2) || r2.offset > document.size())
        return "in two pieces: " + describe(r2) + ", whole: " + describe(r) + at;
    if (r.ok() && !(two_pieces == fresh))
        return "in two pieces gives " + two_pieces.text() + ", whole " + fresh.text() + at;

    // 4.
    std::string_view const before = prior ? *prior : document;
    model_value used(type);
    decode(before, used);
    decode_result const ru = decode(document, used);
    if (!same_result(r, ru))
        return "into a used object: " + describe(ru) + ", into a fresh one: " + describe(r);
    if (r.ok() && !(used == fresh))
        return "into a used object gives " + used.text() + ", into a fresh one " + fresh.text();

    model_value used_in_pieces(type);
    decode(before, used_in_pieces);
    decode_result const rup = decode_pieces(document, split, used_in_pieces);
    if (!same_result_in_pieces(r, rup))
        return "in two pieces into a used object: " + describe(rup) + ", whole into a fresh one: " + describe(r) + at;
    if (r.ok() && !(used_in_pieces == fresh))
        return "in two pieces into a used object gives " + used_in_pieces.text() + ", whole into a fresh one " +
               fresh.text() + at;

    if (!r.ok()) {
        // a good document: PRIOR if it decodes, else the encoding of a default value if that does
        auto reads = [&](std::string_view json) {
            model_value probe(type);
            return decode(json, probe).ok();
        };
        std::string good_text;
        if (prior && reads(*prior))
            good_text = *prior;
        else if (std::string const t = model_value(type).text(); reads(t))
            good_text = t;
        else
            return {};
        model_value good(type);
        decode(good_text, good);
        if (auto const again = decode(good_text, used))
            return "after a failed decode, a good document fails: " + again.message();
        if (!(used == good))
            return "after a failed decode, a good document gives " + used.text() + ", not " + good.text();
        return {};
    }

    // 5.
    std::string text;
    if (auto ec = type.encode(fresh.get(), text))
        return "a decoded value does not encode: " + ec.message();
    model_value again(type);
    if (auto const back = decode(text, again))
        return "the encoding " + text + " does not decode: " + back.message();
    if (!(again == fresh))
        return "the encoding " + text + " decodes to " + again.text();
    if (std::string const twice = again.text(); twice != text)
        return "re-encoding " + text + " gives " + twice;
    return {};
}

} // namespace sfmodels::fuzz

#endif
