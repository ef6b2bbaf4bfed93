#ifndef SFMODELS_BENCHMARKS_PAYLOADS_TEXT_HPP
#define SFMODELS_BENCHMARKS_PAYLOADS_TEXT_HPP

// What the payload generators share: compact JSON written member by member,
// and deterministic ids and times in the forms clusters send.

#include <cstdint>
#include <string>
#include <string_view>

namespace sfmodels::bench {

/** Compact JSON text, written in order. Commas are placed by the writer:
    @code
    json_out o;
    o.begin_object().member("Name", "_Node_0").member("IsSeedNode", true).end_object();
    @endcode
*/
class json_out
{
public:
    json_out& begin_object() { return open('{'); }
    json_out& end_object() { return close('}'); }
    json_out& begin_array() { return open('['); }
    json_out& end_array() { return close(']'); }

    json_out& key(std::string_view k)
    {
        separate();
        write_string(k);
        text_ += ':';
        return *this;
    }

    json_out& value(std::string_view s)
    {
        separate();
        write_string(s);
        comma_ = true;
        return *this;
    }
    json_out& value(char const* s) { return value(std::string_view(s)); }
    json_out& value(bool b) { return raw(b ? "true" : "false"); }
    json_out& value(std::int64_t i) { return raw(std::to_string(i)); }

    /// A number or literal, written as given.
    json_out& raw(std::string_view token)
    {
        separate();
        text_ += token;
        comma_ = true;
        return *this;
    }

    template<class V>
    json_out& member(std::string_view k, V const& v)
    {
        return key(k).value(v);
    }
    json_out& raw_member(std::string_view k, std::string_view token) { return key(k).raw(token); }

    std::string const& text() const noexcept { return text_; }

private:
    json_out& open(char c)
    {
        separate();
        text_ += c;
        return *this;
    }
    json_out& close(char c)
    {
        text_ += c;
        comma_ = true;
        return *this;
    }
    void separate()
    {
        if (comma_)
            text_ += ',';
        comma_ = false;
    }
    void write_string(std::string_view s)
    {
        text_ += '"';
        for (char c : s) {
            if (c == '"' || c == '\\')
                text_ += '\\', text_ += c;
            else if (c == '\n')
                text_ += "\\n";
            else if (c == '\r')
                text_ += "\\r";
            else
                text_ += c;
        }
        text_ += '"';
    }

    std::string text_;
    bool comma_ = false;  // a value was just completed: the next one needs a comma
};

/// A well-mixed 64-bit value of `seed`: the same seed gives the same value.
constexpr std::uint64_t mix(std::uint64_t seed) noexcept
{
    std::uint64_t x = seed * 0x9e3779b97f4a7c15ull + 0x632be59bd9b4e019ull;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 29;
    x *= 0xc4ceb9fe1a85ec53ull;
    return x ^ x >> 32;
}

/// The node type of the generated cluster's i-th node: a tenth "SystemNodes",
/// then "FrontEnd" and "BackEnd".
char const* node_type(std::uint64_t i);

/// The name of the generated cluster's i-th node: "_<type>_<n>".
std::string node_name(std::uint64_t i);

/// A uuid-shaped id in lower case, as clusters write them.
std::string make_uuid(std::uint64_t seed);

/// 32 lower-case hex digits: the form of a node id.
std::string make_node_id(std::uint64_t seed);

/** An RFC 3339 time in UTC, `seconds` after 2024-03-01T00:00:00Z (under 28
    days), with `fraction` 100 ns ticks (below 10,000,000): written as
    sfmodels writes it, the fraction without trailing zeros and left out
    when zero.
*/
std::string utc_time(std::uint64_t seconds, std::uint32_t fraction = 0);

/// DateTime.MinValue, which clusters send for "never".
inline constexpr std::string_view never = "0001-01-01T00:00:00Z";

/// `quarters` / 4 as decimal text ("12.25"): a double every parser reads exactly.
std::string quarters_text(std::uint64_t quarters);

} // namespace sfmodels::bench

#endif
