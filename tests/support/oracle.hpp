#ifndef SFMODELS_TESTS_SUPPORT_ORACLE_HPP
#define SFMODELS_TESTS_SUPPORT_ORACLE_HPP

// An independent reading of a JSON document as a model, to check decode() against.
//
// boost::json::try_value_to<T> is no such check: sfmodels implements it with the
// decoder's own member-name table, alias table and scalar parsers, so a broken
// alias, uuid or integer rule passes it. This oracle shares none of that. It
// walks the model's Boost.Describe metadata itself, matches member names by
// plain string comparison, keeps its own list of legacy names, reads a
// family's kinds from its declaration (sfmodels::family<Key>, the model's own
// description), and parses uuids, date-times, integers, doubles and durations
// with the small reference parsers below. It includes nothing from
// sfmodels/codec/detail/, sfmodels/detail/text/ or sfmodels/detail/enum_table.hpp
// and calls nothing in them (the public headers it includes pull some in for
// the model types; the oracle reads an open_enum only through known() and,
// for an unknown spelling, spelling(), and a one_of only as its std::variant).
//
// The wire rules (README.md, "Behaviour" and "Every shape of the specification"):
//  - objects: unknown members are ignored; names are case-sensitive; a legacy
//    name (legacy_names<T>) reads the member it stands for; of all occurrences
//    of a member under any of its names the last in document order wins, and
//    every earlier non-null one must still be a valid value; null or absent
//    is empty for std::optional members, and missing (rejected) for the rest;
//  - open_enum<E>: a JSON string; a spelling equal to an enumerator's name up to
//    ASCII case is that enumerator, any other is kept verbatim;
//  - bool: JSON true or false;
//  - uuid: a JSON string of exactly 8-4-4-4-12 hex digits, either case;
//  - timestamp: a JSON string, RFC 3339 `YYYY-MM-DD(T|t)hh:mm:ss[.f+](Z|z|+hh:mm|-hh:mm)`,
//    fraction digits past the seventh truncated, the offset subtracted to give
//    UTC, which must lie in the years 0000-9999; no leap second;
//  - int32 / int64 / uint32 / uint64 (plain or as sfmodels::quoted<T>): a JSON
//    string `-?(0|[1-9][0-9]*)` or a JSON number that the parser holds as an
//    int64 or uint64 (never through a double; a fraction or exponent is not
//    an integer), in the type's range ("-0" is 0);
//  - double (plain or as sfmodels::quoted<double>): a JSON number, or a JSON
//    string holding one (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, the
//    whole string), correctly rounded (std::strtod, see parse_double_text and
//    dom_builder::on_double); beyond the double range is rejected, below the
//    smallest subnormal is a zero;
//  - ticks (a duration): a JSON string, ISO 8601 as XmlConvert reads it:
//    `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.f+)?S)?)?` with n one or more ASCII
//    digits, a year 365 days, a month 30, at least one component in all and
//    at least one after a 'T', fraction digits past the seventh truncated,
//    the total within int64 ticks of 100 ns;
//  - std::string: a JSON string; std::vector<T>: a JSON array of T (a null
//    element is wrong unless T is a std::optional);
//  - std::map<std::string, T, std::less<>>: a JSON object, each member an
//    entry (a null value is wrong unless T is a std::optional); the decoded
//    map has exactly the document's keys;
//  - json_text: any JSON value; the decoded text parses to an equal value;
//  - one_of<Key> (a family, sfmodels::family<Key>): an object whose member
//    `discriminator` (absent or null: missing; not a string: wrong type)
//    names one of the kinds up to ASCII case, whose struct is then read from
//    the object (the discriminator read as a member if that struct has it);
//    a name no kind has is the base alternative Key if the family is open
//    (Key is a described struct with a member named `discriminator`), else
//    an unknown kind. Members only other kinds have are unknown members.
//
// A new kind of value is one specialization of check<T> with
//     static bool run(boost::json::value const& jv, T const* decoded, walk& w);
// which is called only for a non-null jv (check<std::optional<T>> takes null),
// validates jv and, if decoded is not null, compares it; it reports the first
// problem through w.reject() or w.differ() (which return false) and returns
// whether to go on. Recursive models (a struct that holds, through an optional
// or a vector, a family one of whose kinds holds the struct again) need
// nothing special: every check<T>::run is a function instantiated once per T.
//
// Duplicate member names: boost::json::parse (Boost.JSON 1.81) keeps the last
// value of a repeated key but at the place of its FIRST occurrence, which loses
// which of a member and its legacy name came last. oracle::parse() builds the
// DOM with the same boost::json::basic_parser but places a repeated key where
// its last occurrence is, which is all the "last one wins" rule needs; the
// earlier occurrences are dropped either way, so an invalid earlier duplicate
// is seen by decode() only (the fuzz check allows for that).
//
// Numbers: Boost.JSON 1.81's conversion of a number's text to a double is not
// correctly rounded (up to 3 ulp off for long significands, NaN for 0e400), so
// oracle::parse() replaces every double it gives with strtod's of the same text.
// Pass judge() and mismatch() a DOM from oracle::parse() where doubles matter.

#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/codec/polymorphic.hpp>
#include <sfmodels/models.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/timestamp.hpp>

#if __has_include(<sfmodels/quoted.hpp>)
#include <sfmodels/quoted.hpp>
#define SFMODELS_ORACLE_HAS_QUOTED 1
#else
#define SFMODELS_ORACLE_HAS_QUOTED 0
#endif

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/uuid/uuid.hpp>

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace sfmodels::test::oracle {

// ---------------------------------------------------------------------------
// Reference parsers: plain, slow and obviously correct.

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

inline char lower_ascii(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Equal up to the case of the ASCII letters A-Z; every other byte must be equal.
inline bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower_ascii(a[i]) != lower_ascii(b[i]))
            return false;
    return true;
}

enum class integer_status
{
    ok,
    not_an_integer,   ///< not `-?(0|[1-9][0-9]*)`, or a number with a fraction or exponent
    out_of_range,     ///< an integer Int cannot hold
};

template<class Int>
struct integer
{
    integer_status status;
    Int value = 0;
};

/// The integer -magnitude (if negative) or magnitude, if Int holds it.
template<class Int>
integer<Int> integer_in_range(bool negative, std::uint64_t magnitude)
{
    static_assert(std::is_integral_v<Int> && sizeof(Int) <= sizeof(std::uint64_t));
    constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<Int>::max());
    if (!negative || magnitude == 0) {
        if (magnitude > max)
            return {integer_status::out_of_range};
        return {integer_status::ok, static_cast<Int>(magnitude)};
    }
    if constexpr (std::is_unsigned_v<Int>)
        return {integer_status::out_of_range};
    else {
        // the most negative Int is -(max + 1)
        if (magnitude - 1 > max)
            return {integer_status::out_of_range};
        return {integer_status::ok, static_cast<Int>(-static_cast<Int>(magnitude - 1) - 1)};
    }
}

/// The whole of `text` as `-?(0|[1-9][0-9]*)`, if Int holds it ("-0" is 0).
template<class Int>
integer<Int> parse_integer(std::string_view text)
{
    bool const negative = !text.empty() && text.front() == '-';
    std::string_view const digits = text.substr(negative ? 1 : 0);
    if (digits.empty() || (digits.front() == '0' && digits.size() > 1))
        return {integer_status::not_an_integer};
    for (char c : digits)
        if (!is_digit(c))
            return {integer_status::not_an_integer};
    // The syntax is settled; std::from_chars only converts the digits.
    std::uint64_t magnitude = 0;
    auto const [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
    if (ec == std::errc::result_out_of_range)
        return {integer_status::out_of_range};
    if (ec != std::errc{} || end != digits.data() + digits.size())
        return {integer_status::not_an_integer};
    return integer_in_range<Int>(negative, magnitude);
}

/// A JSON number as an Int. The parser holds an integer that fits an int64 as
/// int64, a larger one that fits a uint64 as uint64 and anything else (a
/// fraction, an exponent, beyond uint64) as double; the double is never used.
template<class Int>
integer<Int> integer_from_number(boost::json::value const& jv)
{
    if (jv.is_int64()) {
        std::int64_t const i = jv.get_int64();
        bool const negative = i < 0;
        std::uint64_t const magnitude = negative ? static_cast<std::uint64_t>(-(i + 1)) + 1 : static_cast<std::uint64_t>(i);
        return integer_in_range<Int>(negative, magnitude);
    }
    if (jv.is_uint64())
        return integer_in_range<Int>(false, jv.get_uint64());
    return {integer_status::not_an_integer};
}

inline int hex_value(char c) noexcept
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, hex digits in either case, nothing else.
/// The 32 digits, read left to right, are the 16 bytes high nibble first.
inline std::optional<boost::uuids::uuid> parse_uuid(std::string_view text)
{
    if (text.size() != 36)
        return std::nullopt;
    boost::uuids::uuid u{};
    std::size_t nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return std::nullopt;
            continue;
        }
        int const d = hex_value(text[i]);
        if (d < 0)
            return std::nullopt;
        if (nibble % 2 == 0)
            u.data[nibble / 2] = static_cast<std::uint8_t>(d << 4);
        else
            u.data[nibble / 2] = static_cast<std::uint8_t>(u.data[nibble / 2] | d);
        ++nibble;
    }
    return u;
}

inline std::string format_uuid(boost::uuids::uuid const& u)
{
    constexpr char digits[] = "0123456789abcdef";
    std::string s;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += '-';
        s += digits[u.data[i] >> 4];
        s += digits[u.data[i] & 0xf];
    }
    return s;
}

/// The value of the decimal digits text[at, at + n), or -1 if one is not a digit.
inline int fixed_digits(std::string_view text, std::size_t at, std::size_t n)
{
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (i >= text.size() || !is_digit(text[i]))
            return -1;
        v = v * 10 + (text[i] - '0');
    }
    return v;
}

/// RFC 3339 `YYYY-MM-DD(T|t)hh:mm:ss[.f+](Z|z|(+|-)hh:mm)` in UTC, in the years 0000-9999
/// after the offset is applied. Fraction digits past the seventh are truncated.
inline std::optional<timestamp> parse_date_time(std::string_view text)
{
    namespace chrono = std::chrono;
    auto const at = [&](std::size_t i, char c) { return i < text.size() && text[i] == c; };
    int const year = fixed_digits(text, 0, 4), month = fixed_digits(text, 5, 2), day = fixed_digits(text, 8, 2);
    int const hour = fixed_digits(text, 11, 2), minute = fixed_digits(text, 14, 2), second = fixed_digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    if (!at(4, '-') || !at(7, '-') || !(at(10, 'T') || at(10, 't')) || !at(13, ':') || !at(16, ':'))
        return std::nullopt;
    chrono::year_month_day const date{chrono::year{year}, chrono::month{static_cast<unsigned>(month)},
                                      chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok() || hour > 23 || minute > 59 || second > 59)   // second 60, a leap second, too
        return std::nullopt;

    std::size_t i = 19;
    std::int64_t fraction = 0;   // in ticks of 100 ns
    if (at(i, '.')) {
        ++i;
        std::size_t digits = 0;
        for (; i < text.size() && is_digit(text[i]); ++i, ++digits)
            if (digits < 7)
                fraction = fraction * 10 + (text[i] - '0');
        if (digits == 0)
            return std::nullopt;
        for (; digits < 7; ++digits)
            fraction *= 10;
    }

    std::string_view const zone = text.substr(i);
    int offset_minutes = 0;
    if (zone == "Z" || zone == "z") {
        offset_minutes = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        int const oh = fixed_digits(zone, 1, 2), om = fixed_digits(zone, 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return std::nullopt;
        offset_minutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
    } else
        return std::nullopt;

    timestamp const local = chrono::time_point_cast<ticks>(chrono::sys_days{date}) + chrono::hours{hour} +
                            chrono::minutes{minute} + chrono::seconds{second} + ticks{fraction};
    timestamp const utc = local - chrono::minutes{offset_minutes};
    auto const first = chrono::sys_days{chrono::year{0} / chrono::January / 1};
    auto const past_last = chrono::sys_days{chrono::year{10000} / chrono::January / 1};
    if (utc < first || utc >= past_last)
        return std::nullopt;
    return utc;
}

/// `YYYY-MM-DDThh:mm:ss.fffffffZ`, for messages.
inline std::string format_date_time(timestamp t)
{
    namespace chrono = std::chrono;
    auto const day = chrono::floor<chrono::days>(t);
    chrono::year_month_day const date{day};
    std::int64_t const in_day = (t - day).count();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%07lldZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), static_cast<long long>(in_day / 36'000'000'000),
                  static_cast<long long>(in_day / 600'000'000 % 60), static_cast<long long>(in_day / 10'000'000 % 60),
                  static_cast<long long>(in_day % 10'000'000));
    return buf;
}

/// 128-bit integers, for sums of duration components that may not fit 64 bits.
__extension__ typedef __int128 wide_int;

/// Whether the whole of `text` is a JSON number, `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
inline bool is_json_number(std::string_view text) noexcept
{
    std::size_t i = 0;
    auto const digits = [&] {
        std::size_t const first = i;
        while (i < text.size() && is_digit(text[i]))
            ++i;
        return i - first;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (i >= text.size() || text[i] < '1' || text[i] > '9' || digits() == 0)
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == text.size();
}

enum class double_status
{
    ok,
    not_a_number,   ///< not the JSON number grammar
    out_of_range,   ///< beyond the largest finite double
};

struct double_value
{
    double_status status;
    double value = 0;
};

/// A JSON number's text (already known to be one) to the nearest double, by
/// std::strtod (correctly rounded in glibc, and a different conversion from
/// the decoder's std::from_chars) on a NUL-terminated copy, in the "C" locale
/// the tests run in. Past the largest double it gives +-HUGE_VAL; below the
/// smallest subnormal, a zero of the number's sign (or the nearest subnormal).
inline double strtod_of(std::string_view number)
{
    std::string const copy(number);
    return std::strtod(copy.c_str(), nullptr);
}

/// The whole of `text` as a JSON number, correctly rounded; the grammar is checked here.
inline double_value parse_double_text(std::string_view text)
{
    if (!is_json_number(text))
        return {double_status::not_a_number};
    double const v = strtod_of(text);
    if (v == HUGE_VAL || v == -HUGE_VAL)
        return {double_status::out_of_range};
    return {double_status::ok, v};
}

/// The same double: equal, and zeros of the same sign.
inline bool same_double(double a, double b) noexcept
{
    return a == b && std::signbit(a) == std::signbit(b);
}

/// The exact text of a double, for messages.
inline std::string format_double(double d)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
}

/// An ISO 8601 duration as XmlConvert.ToTimeSpan reads it, in ticks of 100 ns:
/// `-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.f+)?S)?)?`, each n one or more ASCII
/// digits, a year 365 days and a month 30, at least one component and, after
/// a 'T', at least one there; only the seconds take a fraction, whose digits
/// past the seventh are truncated. Nothing else, and the total must fit an int64.
inline std::optional<ticks> parse_duration(std::string_view text)
{
    constexpr wide_int second = 10'000'000, minute = 60 * second, hour = 60 * minute, day = 24 * hour;
    // Any n above this is out of range whatever its unit; n is kept at most this + 1.
    constexpr wide_int too_many = wide_int{1} << 64;

    std::size_t i = 0;
    auto const at = [&](char c) { return i < text.size() && text[i] == c; };
    bool const negative = at('-');
    if (negative)
        ++i;
    if (!at('P'))
        return std::nullopt;
    ++i;

    wide_int total = 0;
    int components = 0;
    // One optional component `n<designator>` (with `.f+` before it if
    // `fraction`): adds it and returns true, or leaves i where it was.
    auto const component = [&](char designator, wide_int length, bool fraction) {
        std::size_t const start = i;
        wide_int n = 0;
        for (; i < text.size() && is_digit(text[i]); ++i)
            n = std::min(n * 10 + (text[i] - '0'), too_many + 1);
        wide_int part = 0;   // in ticks
        bool ok = i > start;
        if (ok && fraction && at('.')) {
            ++i;
            std::size_t const first = i;
            wide_int scale = second;
            for (; i < text.size() && is_digit(text[i]); ++i)
                part += (text[i] - '0') * (scale /= 10);   // from the eighth digit on, scale is 0
            ok = i > first;
        }
        if (ok && at(designator)) {
            ++i;
            total += n * length + part;
            ++components;
            return true;
        }
        i = start;
        return false;
    };

    component('Y', 365 * day, false);
    component('M', 30 * day, false);
    component('D', day, false);
    if (at('T')) {
        ++i;
        bool const h = component('H', hour, false);
        bool const m = component('M', minute, false);
        bool const s = component('S', second, true);
        if (!h && !m && !s)
            return std::nullopt;
    }
    if (i != text.size() || components == 0)
        return std::nullopt;
    wide_int const value = negative ? -total : total;
    if (value > std::numeric_limits<std::int64_t>::max() || value < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return ticks(static_cast<std::int64_t>(value));
}

/// `[-]<days>.<hh>:<mm>:<ss>.<fffffff> (<n> ticks)`, for messages.
inline std::string format_duration(ticks d)
{
    std::int64_t const v = d.count();
    std::uint64_t const m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s%llu.%02llu:%02llu:%02llu.%07llu (%lld ticks)", v < 0 ? "-" : "",
                  static_cast<unsigned long long>(m / 864'000'000'000),
                  static_cast<unsigned long long>(m / 36'000'000'000 % 24),
                  static_cast<unsigned long long>(m / 600'000'000 % 60),
                  static_cast<unsigned long long>(m / 10'000'000 % 60), static_cast<unsigned long long>(m % 10'000'000),
                  static_cast<long long>(v));
    return buf;
}

// ---------------------------------------------------------------------------
// What the oracle knows about the models besides their Boost.Describe metadata.

/// An older wire name of a member, read (never written) as that member.
struct legacy_name
{
    std::string_view name;
    std::string_view member;
};

template<class T>
struct legacy_names
{
    static constexpr std::array<legacy_name, 0> list{};
};

// Clusters before API 6.4 sent BackupEpoch.
template<>
struct legacy_names<Epoch>
{
    static constexpr std::array<legacy_name, 2> list{{
        {"ConfigurationNumber", "ConfigurationVersion"},
        {"DataLossNumber", "DataLossVersion"},
    }};
};

// ---------------------------------------------------------------------------
// The walk over a document and (optionally) a decoded value.

/// The JSON Pointer of where the walk stands, and the first problem found.
class walk
{
public:
    class scope
    {
    public:
        explicit scope(walk& w) noexcept : w_(w) {}
        scope(scope const&) = delete;
        scope& operator=(scope const&) = delete;
        ~scope() { w_.path_.pop_back(); }

    private:
        walk& w_;
    };

    [[nodiscard]] scope enter(std::string_view key)
    {
        path_.emplace_back(key);
        return scope(*this);
    }
    [[nodiscard]] scope enter(std::size_t index)
    {
        path_.push_back(std::to_string(index));
        return scope(*this);
    }

    /// The document is not a valid value at the current place.
    bool reject(std::string_view what)
    {
        found(what);
        rejected_ = true;
        return false;
    }
    /// The document is valid here but the decoded value is not what it means.
    bool differ(std::string_view what)
    {
        found(what);
        return false;
    }

    bool rejected() const noexcept { return rejected_; }
    std::string const& message() const noexcept { return message_; }

    std::string pointer() const
    {
        std::string s;
        for (auto const& segment : path_) {
            s += '/';
            for (char c : segment)
                s += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        }
        return s;
    }

private:
    void found(std::string_view what)
    {
        std::string const p = pointer();
        message_ = std::string(what) + " at " + (p.empty() ? "/" : p);
    }

    std::vector<std::string> path_;
    std::string message_;
    bool rejected_ = false;
};

/// A short rendering of a document value for messages.
inline std::string show_json(boost::json::value const& jv)
{
    std::string s = boost::json::serialize(jv);
    if (s.size() > 80)
        s = s.substr(0, 77) + "...";
    return s;
}

inline std::string in_quotes(std::string_view s) { return '"' + std::string(s) + '"'; }

inline char const* json_kind(boost::json::value const& jv)
{
    switch (jv.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::object: return "an object";
    }
    return "?";
}

inline bool wrong_type(walk& w, boost::json::value const& jv, std::string_view expected)
{
    return w.reject("wrong JSON type: " + std::string(json_kind(jv)) + " where " + std::string(expected) +
                    " belongs");
}

/// The customization point: one specialization per kind of value (see the top of the file).
template<class T>
struct check;

template<class T>
concept described_struct = std::is_class_v<T> && boost::describe::has_describe_members<T>::value;

template<class T>
using members_of = boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

template<class P>
struct owner_class;
template<class M, class C>
struct owner_class<M C::*>
{
    using type = C;
};

/// A member's name on the wire: the model's sfmodels::wire_names<> entry for
/// it (read here, as the model declares it), else its C++ name.
template<class D>
constexpr std::string_view wire_name_of(D)
{
    using owner = typename owner_class<std::remove_cv_t<decltype(D::pointer)>>::type;
    for (auto const& n : sfmodels::wire_names<owner>::value)
        if (n.member == std::string_view(D::name))
            return n.wire;
    return D::name;
}

template<class T>
struct is_optional : std::false_type {};
template<class T>
struct is_optional<std::optional<T>> : std::true_type {};

template<>
struct check<std::string>
{
    static bool run(boost::json::value const& jv, std::string const* decoded, walk& w)
    {
        auto const* s = jv.if_string();
        if (!s)
            return wrong_type(w, jv, "a string");
        if (decoded && *decoded != std::string_view(*s))
            return w.differ("decoded " + in_quotes(*decoded) + ", the document has " + show_json(jv));
        return true;
    }
};

template<class Int>
struct integer_check
{
    static bool run(boost::json::value const& jv, Int const* decoded, walk& w)
    {
        integer<Int> i{};
        if (auto const* s = jv.if_string())
            i = parse_integer<Int>(*s);
        else if (jv.is_number())
            i = integer_from_number<Int>(jv);
        else
            return wrong_type(w, jv, "an integer (a number or a numeric string)");
        if (i.status == integer_status::not_an_integer)
            return w.reject("not an integer: " + show_json(jv));
        if (i.status == integer_status::out_of_range)
            return w.reject(std::string("out of range for ") + (std::is_signed_v<Int> ? "a signed " : "an unsigned ") +
                            std::to_string(sizeof(Int) * 8) + "-bit integer: " + show_json(jv));
        if (decoded && *decoded != i.value)
            return w.differ("decoded " + std::to_string(*decoded) + ", the document has " + show_json(jv));
        return true;
    }
};

template<>
struct check<std::int32_t> : integer_check<std::int32_t> {};
template<>
struct check<std::int64_t> : integer_check<std::int64_t> {};
template<>
struct check<std::uint32_t> : integer_check<std::uint32_t> {};
template<>
struct check<std::uint64_t> : integer_check<std::uint64_t> {};

template<>
struct check<bool>
{
    static bool run(boost::json::value const& jv, bool const* decoded, walk& w)
    {
        auto const* b = jv.if_bool();
        if (!b)
            return wrong_type(w, jv, "a boolean");
        if (decoded && *decoded != *b)
            return w.differ(std::string("decoded ") + (*decoded ? "true" : "false") + ", the document has " +
                            show_json(jv));
        return true;
    }
};

template<>
struct check<double>
{
    static bool run(boost::json::value const& jv, double const* decoded, walk& w)
    {
        if (auto const* s = jv.if_string()) {
            double_value const d = parse_double_text(*s);
            if (d.status == double_status::not_a_number)
                return w.reject("not a number: " + show_json(jv));
            if (d.status == double_status::out_of_range)
                return w.reject("out of range for a double: " + show_json(jv));
            // strtod and the decoder both round correctly: exactly the same double, sign of zero included
            if (decoded && !same_double(*decoded, d.value))
                return w.differ("decoded " + format_double(*decoded) + ", the document has " + show_json(jv) + " = " +
                                format_double(d.value));
            return true;
        }
        if (jv.is_int64() || jv.is_uint64()) {
            // The text had no fraction or exponent; converting the integer rounds
            // correctly, as reading its text does. ("-0" is held as the int64 0,
            // so the sign of a zero is not known here: 0 == -0.)
            double const d = jv.is_int64() ? static_cast<double>(jv.get_int64()) : static_cast<double>(jv.get_uint64());
            if (decoded && *decoded != d)
                return w.differ("decoded " + format_double(*decoded) + ", the document has " + show_json(jv));
            return true;
        }
        if (jv.is_double()) {
            // Any other number. In a DOM from oracle::parse this is strtod's
            // correctly rounded double (see dom_builder::on_double), so it is
            // compared exactly; Boost.JSON 1.81's own conversion is not correctly
            // rounded and must not be the reference (a DOM from boost::json::parse
            // is fine for short numbers only).
            double const d = jv.get_double();
            if (!std::isfinite(d))   // past the double range
                return w.reject("out of range for a double: " + show_json(jv));
            if (decoded && !same_double(*decoded, d))
                return w.differ("decoded " + format_double(*decoded) + ", the document has " + show_json(jv) + " = " +
                                format_double(d));
            return true;
        }
        return wrong_type(w, jv, "a number (or a string holding one)");
    }
};

template<>
struct check<ticks>
{
    static bool run(boost::json::value const& jv, ticks const* decoded, walk& w)
    {
        auto const* s = jv.if_string();
        if (!s)
            return wrong_type(w, jv, "a duration string");
        auto const d = parse_duration(*s);
        if (!d)
            return w.reject("not an ISO 8601 duration within 64-bit ticks: " + show_json(jv));
        if (decoded && *decoded != *d)
            return w.differ("decoded " + format_duration(*decoded) + ", the document has " + show_json(jv) + " = " +
                            format_duration(*d));
        return true;
    }
};

#if SFMODELS_ORACLE_HAS_QUOTED
// A number that travels as a JSON string: read as the plain number is (from a string or a number).
template<class T>
struct check<quoted<T>>
{
    static_assert(std::is_integral_v<T> || std::is_same_v<T, double>, "check<quoted<T>> knows integers and double");

    static bool run(boost::json::value const& jv, quoted<T> const* decoded, walk& w)
    {
        return check<T>::run(jv, decoded ? &decoded->value : nullptr, w);
    }
};
#endif

template<>
struct check<boost::uuids::uuid>
{
    static bool run(boost::json::value const& jv, boost::uuids::uuid const* decoded, walk& w)
    {
        auto const* s = jv.if_string();
        if (!s)
            return wrong_type(w, jv, "a uuid string");
        auto const u = parse_uuid(*s);
        if (!u)
            return w.reject("not a uuid: " + show_json(jv));
        if (decoded && *decoded != *u)
            return w.differ("decoded the uuid " + format_uuid(*decoded) + ", the document has " + show_json(jv));
        return true;
    }
};

template<>
struct check<timestamp>
{
    static bool run(boost::json::value const& jv, timestamp const* decoded, walk& w)
    {
        auto const* s = jv.if_string();
        if (!s)
            return wrong_type(w, jv, "a date-time string");
        auto const t = parse_date_time(*s);
        if (!t)
            return w.reject("not an RFC 3339 date-time in the years 0000-9999: " + show_json(jv));
        if (decoded && *decoded != *t)
            return w.differ("decoded " + format_date_time(*decoded) + ", the document has " + show_json(jv) + " = " +
                            format_date_time(*t));
        return true;
    }
};

template<class E>
struct check<open_enum<E>>
{
    static std::optional<E> find(std::string_view spelling)
    {
        std::optional<E> found;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
            if (!found && equal_ignoring_ascii_case(d.name, spelling))
                found = d.value;
        });
        return found;
    }
    static std::string name(E e)
    {
        std::string found = "<enumerator " + std::to_string(static_cast<long long>(e)) + ">";
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
            if (d.value == e)
                found = d.name;
        });
        return found;
    }
    static std::string show(open_enum<E> const& v)
    {
        auto const k = v.known();
        return k ? "the known value " + name(*k) : "the unknown spelling " + in_quotes(v.spelling());
    }

    static bool run(boost::json::value const& jv, open_enum<E> const* decoded, walk& w)
    {
        auto const* s = jv.if_string();
        if (!s)
            return wrong_type(w, jv, "an enum string");
        if (!decoded)
            return true;
        std::string_view const spelling(*s);
        if (auto const e = find(spelling)) {
            if (decoded->known() != e)
                return w.differ("decoded " + show(*decoded) + ", the document has " + show_json(jv) +
                                ", the known value " + name(*e));
        } else if (decoded->known() || decoded->spelling() != spelling)
            return w.differ("decoded " + show(*decoded) + ", the document has " + show_json(jv) +
                            ", an unknown spelling");
        return true;
    }
};

template<class T>
struct check<std::optional<T>>
{
    static bool run(boost::json::value const& jv, std::optional<T> const* decoded, walk& w)
    {
        if (jv.is_null()) {
            if (decoded && decoded->has_value())
                return w.differ("decoded a value where the document has null");
            return true;
        }
        if (decoded && !decoded->has_value()) {
            if (!check<T>::run(jv, nullptr, w))
                return false;
            return w.differ("decoded nothing where the document has " + show_json(jv));
        }
        return check<T>::run(jv, decoded ? &**decoded : nullptr, w);
    }
};

template<class T, class A>
struct check<std::vector<T, A>>
{
    static bool run(boost::json::value const& jv, std::vector<T, A> const* decoded, walk& w)
    {
        auto const* arr = jv.if_array();
        if (!arr)
            return wrong_type(w, jv, "an array");
        for (std::size_t i = 0; i < arr->size(); ++i) {
            auto const at = w.enter(i);
            if constexpr (!is_optional<T>::value)
                if ((*arr)[i].is_null())
                    return wrong_type(w, (*arr)[i], "an element");
            if (decoded && i >= decoded->size()) {
                if (!check<T>::run((*arr)[i], nullptr, w))
                    return false;
                return w.differ("decoded " + std::to_string(decoded->size()) + " elements, the document has " +
                                std::to_string(arr->size()));
            }
            if (!check<T>::run((*arr)[i], decoded ? &(*decoded)[i] : nullptr, w))
                return false;
        }
        if (decoded && decoded->size() != arr->size())
            return w.differ("decoded " + std::to_string(decoded->size()) + " elements, the document has " +
                            std::to_string(arr->size()));
        return true;
    }
};

template<class T, class A>
struct check<std::map<std::string, T, std::less<>, A>>
{
    using map = std::map<std::string, T, std::less<>, A>;

    static bool run(boost::json::value const& jv, map const* decoded, walk& w)
    {
        auto const* obj = jv.if_object();
        if (!obj)
            return wrong_type(w, jv, "an object (a map)");
        // The DOM holds each key once, with its last value.
        for (auto const& kv : *obj) {
            auto const at = w.enter(kv.key());
            if constexpr (!is_optional<T>::value)
                if (kv.value().is_null())
                    return wrong_type(w, kv.value(), "a map value");
            T const* entry = nullptr;
            if (decoded) {
                auto const it = decoded->find(std::string_view(kv.key()));
                if (it == decoded->end()) {
                    if (!check<T>::run(kv.value(), nullptr, w))
                        return false;
                    return w.differ("decoded no entry for the key " + in_quotes(kv.key()));
                }
                entry = &it->second;
            }
            if (!check<T>::run(kv.value(), entry, w))
                return false;
        }
        if (decoded)
            for (auto const& [key, value] : *decoded)
                if (!obj->contains(key))
                    return w.differ("decoded an entry for the key " + in_quotes(key) + ", which the document lacks");
        return true;
    }
};

inline boost::json::value parse(std::string_view json, boost::system::error_code& ec,
                                boost::json::parse_options const& options = {});

template<>
struct check<json_text>
{
    static bool run(boost::json::value const& jv, json_text const* decoded, walk& w)
    {
        // Any JSON value is one (null is no value: check<std::optional> takes it).
        if (!decoded)
            return true;
        boost::json::parse_options o;
        o.max_depth = 100'000;   // as deep as the document let it be
        boost::system::error_code ec;
        boost::json::value const v = parse(decoded->text, ec, o);   // numbers read as in the document's DOM
        if (ec)
            return w.differ("decoded the text " + in_quotes(decoded->text) + ", which is not JSON (" + ec.message() +
                            "); the document has " + show_json(jv));
        // Equal values: the same members (in any order), elements, strings,
        // literals and numbers (an integer equal to an integer, a double to a double).
        if (v != jv)
            return w.differ("decoded the text " + in_quotes(decoded->text) + ", the document has " + show_json(jv));
        return true;
    }
};

/// Whether the document key `key` names the member `member` of T (its own name or a legacy one).
template<class T>
bool names_member(std::string_view key, std::string_view member)
{
    if (key == member)
        return true;
    for (legacy_name const& l : legacy_names<T>::list)
        if (l.member == member && l.name == key)
            return true;
    return false;
}

/// Checks every occurrence of T's member `member` of type M in `obj` but the
/// last; returns the last (or nullptr), or sets `ok` to false.
template<class T, class M>
boost::json::key_value_pair const* last_occurrence(boost::json::object const& obj, std::string_view member,
                                                   walk& w, bool& ok)
{
    boost::json::key_value_pair const* last = nullptr;
    for (auto const& kv : obj) {
        if (!names_member<T>(kv.key(), member))
            continue;
        if (last && !last->value().is_null()) {
            auto const at = w.enter(last->key());
            if (!check<M>::run(last->value(), nullptr, w))
                return ok = false, nullptr;
        }
        last = &kv;
    }
    return last;
}

/// One member of a struct T: `decoded` is the decoded member or nullptr.
template<class T, class M>
bool check_member(boost::json::object const& obj, std::string_view member, M const* decoded, walk& w)
{
    bool ok = true;
    auto const* last = last_occurrence<T, M>(obj, member, w, ok);
    if (!ok)
        return false;
    if (!last || last->value().is_null()) {
        auto const at = w.enter(last ? std::string_view(last->key()) : member);
        if constexpr (is_optional<M>::value) {
            if (decoded && decoded->has_value())
                return w.differ("decoded a value where the document has " +
                                std::string(last ? "null" : "no such member"));
            return true;
        } else
            return w.reject("missing required member");
    }
    auto const at = w.enter(last->key());
    return check<M>::run(last->value(), decoded, w);
}

template<class P>
struct pointee;
template<class M, class C>
struct pointee<M C::*>
{
    using type = M;
};

template<described_struct T>
struct check<T>
{
    static bool run(boost::json::value const& jv, T const* decoded, walk& w)
    {
        auto const* obj = jv.if_object();
        if (!obj)
            return wrong_type(w, jv, "an object");
        bool ok = true;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
            using M = typename pointee<std::remove_cv_t<decltype(d.pointer)>>::type;
            if (ok)
                ok = check_member<T, M>(*obj, wire_name_of(d), decoded ? &(decoded->*d.pointer) : nullptr, w);
        });
        return ok;
    }
};

template<class T>
constexpr bool has_member_named(std::string_view name)
{
    if constexpr (described_struct<T>) {
        bool found = false;
        boost::mp11::mp_for_each<members_of<T>>([&](auto d) { found = found || wire_name_of(d) == name; });
        return found;
    } else
        return false;
}

/// A discriminated family, as sfmodels::family<Key> declares it: the member
/// `discriminator` names the kind, `kinds` lists sfmodels::kind<T, "Value">.
template<class Key>
struct check<one_of<Key>>
{
    using declaration = sfmodels::family<Key>;
    static constexpr std::string_view member = declaration::discriminator;

    /// Open when Key is the base struct holding the discriminator: any name no kind has is a Key.
    static constexpr bool open = has_member_named<Key>(member);

    template<class K>
    using type_of = typename K::type;
    using kind_types = boost::mp11::mp_transform<type_of, typename declaration::kinds>;
    /// The alternatives: Key first if open, then the kinds' structs, each once, in list order.
    using alternatives =
        boost::mp11::mp_unique<std::conditional_t<open, boost::mp11::mp_push_front<kind_types, Key>, kind_types>>;
    using variant = boost::mp11::mp_rename<alternatives, std::variant>;
    static_assert(std::is_same_v<variant, typename one_of<Key>::variant_type>,
                  "one_of<Key> is a std::variant of Key (if open) and then the kinds' structs, each once");
    static constexpr std::size_t size = std::variant_size_v<variant>;
    static constexpr std::size_t none = size;

    /// The index of the alternative the kind named `spelling` (up to ASCII case) reads as, or none.
    static std::size_t find(std::string_view spelling)
    {
        std::size_t found = none;
        boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, typename declaration::kinds>>(
            [&](auto k) {
                using K = typename decltype(k)::type;
                if (found == none && equal_ignoring_ascii_case(K::value, spelling))
                    found = boost::mp11::mp_find<alternatives, typename K::type>::value;
            });
        return found;
    }

    /// For messages: the kinds an alternative stands for.
    static std::string name(std::size_t index)
    {
        std::string names;
        boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, typename declaration::kinds>>(
            [&](auto k) {
                using K = typename decltype(k)::type;
                if (boost::mp11::mp_find<alternatives, typename K::type>::value == index)
                    names += (names.empty() ? "" : " or ") + in_quotes(K::value);
            });
        if (open && index == 0)
            names += (names.empty() ? "" : " or ") + std::string("the base (an unlisted kind)");
        return "the alternative " + std::to_string(index) + " (" + names + ")";
    }

    static bool run(boost::json::value const& jv, one_of<Key> const* decoded_value, walk& w)
    {
        variant const* decoded = decoded_value ? &decoded_value->as_variant() : nullptr;
        auto const* obj = jv.if_object();
        if (!obj)
            return wrong_type(w, jv, "an object");

        std::size_t chosen = none;
        {
            auto const at = w.enter(member);
            auto const* kind = obj->if_contains(member);
            if (!kind || kind->is_null())
                return w.reject("missing required member");
            auto const* spelling = kind->if_string();
            if (!spelling)
                return wrong_type(w, *kind, "a string");
            chosen = find(*spelling);
            if (chosen == none) {
                if constexpr (open)
                    chosen = 0;
                else
                    return w.reject("unknown kind " + show_json(*kind));
            }
        }
        // The chosen kind's members, read as its struct (the discriminator
        // too, if the struct has it; else it is an unknown member).
        return boost::mp11::mp_with_index<size>(chosen, [&](auto k) {
            using Alt = std::variant_alternative_t<k, variant>;
            if (decoded && decoded->index() != chosen) {
                if (!check<Alt>::run(jv, nullptr, w))
                    return false;
                auto const at = w.enter(member);
                return w.differ("decoded " + name(decoded->index()) + ", the document names " + name(chosen));
            }
            return check<Alt>::run(jv, decoded ? &std::get<k>(*decoded) : nullptr, w);
        });
    }
};

// ---------------------------------------------------------------------------
// Entry points.

enum class verdict
{
    accept,
    reject,
};

struct judgement
{
    oracle::verdict outcome;
    std::string why;   ///< for a rejection: "<what> at <JSON Pointer>"
};

/// Whether `doc` is a valid T, and if not why.
template<class T>
judgement judge(boost::json::value const& doc)
{
    walk w;
    if (check<T>::run(doc, nullptr, w))
        return {verdict::accept, {}};
    return {verdict::reject, w.message()};
}

template<class T>
bool accepts(boost::json::value const& doc)
{
    return judge<T>(doc).outcome == verdict::accept;
}

/// "" when `decoded` is exactly what `doc` means as a T; else the first difference,
/// with its JSON Pointer (or why the document is not a T at all).
template<class T>
std::string mismatch(boost::json::value const& doc, T const& decoded)
{
    walk w;
    if (check<T>::run(doc, &decoded, w))
        return {};
    if (w.rejected())
        return "the document is not a valid value (" + w.message() + ") but a value was decoded";
    return w.message();
}

// ---------------------------------------------------------------------------
// A DOM in which a repeated member name stands where its last occurrence does.

class dom_builder
{
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    boost::json::value result;

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_object_begin(boost::system::error_code&) { return frames_.push_back({true, {}, {}}), true; }
    bool on_object_end(std::size_t, boost::system::error_code&)
    {
        frame f = std::move(frames_.back());
        frames_.pop_back();
        std::unordered_map<std::string_view, std::size_t> last;
        for (std::size_t i = 0; i < f.keys.size(); ++i)
            last[f.keys[i]] = i;
        boost::json::object obj;
        obj.reserve(last.size());
        for (std::size_t i = 0; i < f.keys.size(); ++i)
            if (last[f.keys[i]] == i)
                obj.emplace(f.keys[i], std::move(f.values[i]));
        return add(std::move(obj));
    }
    bool on_array_begin(boost::system::error_code&) { return frames_.push_back({false, {}, {}}), true; }
    bool on_array_end(std::size_t, boost::system::error_code&)
    {
        frame f = std::move(frames_.back());
        frames_.pop_back();
        boost::json::array arr;
        arr.reserve(f.values.size());
        for (auto& v : f.values)
            arr.push_back(std::move(v));
        return add(std::move(arr));
    }
    bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&) { return text_.append(s), true; }
    bool on_key(std::string_view s, std::size_t, boost::system::error_code&)
    {
        text_.append(s);
        frames_.back().keys.push_back(std::move(text_));
        text_.clear();
        return true;
    }
    bool on_string_part(std::string_view s, std::size_t, boost::system::error_code&) { return text_.append(s), true; }
    bool on_string(std::string_view s, std::size_t, boost::system::error_code&)
    {
        text_.append(s);
        boost::json::string str(text_);
        text_.clear();
        return add(std::move(str));
    }
    bool on_number_part(std::string_view s, boost::system::error_code&) { return number_.append(s), true; }
    bool on_int64(std::int64_t i, std::string_view, boost::system::error_code&) { return number_.clear(), add(i); }
    bool on_uint64(std::uint64_t u, std::string_view, boost::system::error_code&) { return number_.clear(), add(u); }
    // Boost.JSON 1.81 converts a number's text to a double by its own fast
    // algorithm, which is not correctly rounded: numbers with long significands
    // come out up to 3 ulp off, and a zero with a large exponent (0e400) as NaN.
    // The DOM holds strtod's correctly rounded double of the same text instead.
    bool on_double(double, std::string_view s, boost::system::error_code&)
    {
        number_.append(s);
        double const d = strtod_of(number_);
        number_.clear();
        return add(d);
    }
    bool on_bool(bool b, boost::system::error_code&) { return add(b); }
    bool on_null(boost::system::error_code&) { return add(nullptr); }
    bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_comment(std::string_view, boost::system::error_code&) { return true; }

private:
    struct frame
    {
        bool object;
        std::vector<std::string> keys;
        std::vector<boost::json::value> values;
    };

    bool add(boost::json::value v)
    {
        if (frames_.empty())
            result = std::move(v);
        else
            frames_.back().values.push_back(std::move(v));
        return true;
    }

    std::vector<frame> frames_;
    std::string text_;
    std::string number_;
};

/// Parses like boost::json::parse(json, ec, {}, options) (the same basic_parser,
/// so the same documents are accepted), but a member name that occurs more than
/// once in an object keeps its last value at the place of its last occurrence,
/// and a number held as a double is the correctly rounded one.
inline boost::json::value parse(std::string_view json, boost::system::error_code& ec,
                                boost::json::parse_options const& options)
{
    boost::json::basic_parser<dom_builder> p(options);
    std::size_t const n = p.write_some(false, json.data(), json.size(), ec);
    if (!ec && n < json.size())
        ec = boost::json::error::extra_data;
    if (ec)
        return nullptr;
    return std::move(p.handler().result);
}

} // namespace sfmodels::test::oracle

#endif
