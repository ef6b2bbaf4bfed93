#ifndef SFMODELS_DETAIL_TEXT_UUID_HPP
#define SFMODELS_DETAIL_TEXT_UUID_HPP

#include <boost/uuid/uuid.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sfmodels::detail {

/// Length of the 8-4-4-4-12 text form.
inline constexpr std::size_t uuid_text_size = 36;

// Position of the high hex digit of each byte in the text form.
inline constexpr std::array<std::uint8_t, 16> uuid_byte_offsets = {
    0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};

// Value of each hex digit, 0xFF for every other char.
inline constexpr std::array<std::uint8_t, 256> hex_digit_values = [] {
    std::array<std::uint8_t, 256> t{};
    for(auto& v : t)
        v = 0xFF;
    for(std::uint8_t i = 0; i < 10; ++i)
        t['0' + i] = i;
    for(std::uint8_t i = 0; i < 6; ++i)
        t['a' + i] = t['A' + i] = static_cast<std::uint8_t>(10 + i);
    return t;
}();

/** Parse `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, hex digits in either case.

    Nothing else is accepted: no braces, no `urn:uuid:`, no whitespace.
    On failure `out` is left unchanged.
*/
constexpr bool
parse_uuid(std::string_view s, boost::uuids::uuid& out) noexcept
{
    if(s.size() != uuid_text_size)
        return false;
    auto const digit = [s](std::size_t i) noexcept -> unsigned {
        return hex_digit_values[static_cast<unsigned char>(s[i])];
    };
    // Decode everything, then check once: valid digits OR together to at
    // most 0xF, and any 0xFF entry pushes the result above it.
    boost::uuids::uuid r{};
    unsigned seen = 0;
    for(std::size_t i = 0; i < 16; ++i)
    {
        unsigned const hi = digit(uuid_byte_offsets[i]);
        unsigned const lo = digit(uuid_byte_offsets[i] + 1u);
        seen |= hi | lo;
        r.data[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    unsigned const dashes = unsigned(s[8] ^ '-') | unsigned(s[13] ^ '-') |
                            unsigned(s[18] ^ '-') | unsigned(s[23] ^ '-');
    if((seen > 0xF) | (dashes != 0))
        return false;
    out = r;
    return true;
}

/// Write exactly `uuid_text_size` lower-case chars to `out`; no terminator.
constexpr void
format_uuid(boost::uuids::uuid const& u, char* out) noexcept
{
    constexpr char digits[] = "0123456789abcdef";
    for(std::size_t i = 0; i < 16; ++i)
    {
        out[uuid_byte_offsets[i]] = digits[u.data[i] >> 4];
        out[uuid_byte_offsets[i] + 1u] = digits[u.data[i] & 0xF];
    }
    out[8] = out[13] = out[18] = out[23] = '-';
}

} // namespace sfmodels::detail

#endif
