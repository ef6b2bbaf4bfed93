#ifndef SFMODELS_REST_DETAIL_TARGET_WRITER_HPP
#define SFMODELS_REST_DETAIL_TARGET_WRITER_HPP

#include <sfmodels/detail/text/uuid.hpp>

#include <boost/uuid/uuid.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace sfmodels::rest::detail {

// How a value is escaped in the request target (RFC 3986).
enum class escaping : std::uint8_t
{
    // Everything but the unreserved characters A-Z a-z 0-9 - . _ ~ is
    // percent-encoded: path parameters and every query value.
    component,
    // For x-ms-skip-url-encoding parameters, whose value is taken as already
    // encoded: what a path segment allows (pchar) and existing %XX triplets
    // stay; anything else - '/', '?', '#', '%' not followed by two hex
    // digits, spaces, non-ASCII bytes - is still percent-encoded.
    segment,
};

enum : std::uint8_t { unreserved = 1, pchar = 2 };

inline constexpr std::array<std::uint8_t, 256> char_classes = [] {
    std::array<std::uint8_t, 256> t{};
    auto mark = [&](std::string_view chars, std::uint8_t c) {
        for (char ch : chars)
            t[static_cast<unsigned char>(ch)] |= c;
    };
    mark("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~", unreserved | pchar);
    mark("!$&'()*+,;=:@", pchar);
    return t;
}();

constexpr bool is_hex(char c) noexcept
{
    return sfmodels::detail::hex_digit_values[static_cast<unsigned char>(c)] != 0xFF;
}

// Writes a request target into a caller's buffer, never past its end, and
// counts the bytes the whole target needs, whether or not they fit.
class target_writer
{
public:
    explicit target_writer(std::span<char> buffer) noexcept : buf_(buffer.data()), capacity_(buffer.size()) {}

    std::size_t needed() const noexcept { return needed_; }
    bool overflow() const noexcept { return needed_ > capacity_; }
    std::string_view text() const noexcept { return {buf_, overflow() ? 0 : needed_}; }

    void put(char c) noexcept
    {
        if (needed_ < capacity_)
            buf_[needed_] = c;
        ++needed_;
    }

    void put(std::string_view s) noexcept
    {
        if (s.size() <= capacity_ && needed_ <= capacity_ - s.size() && !s.empty())
            std::memcpy(buf_ + needed_, s.data(), s.size());
        needed_ += s.size();
    }

    void put_escaped(std::string_view s, escaping how) noexcept
    {
        std::uint8_t const keep = how == escaping::component ? unreserved : pchar;
        for (std::size_t i = 0; i < s.size(); ++i) {
            auto const c = static_cast<unsigned char>(s[i]);
            if (char_classes[c] & keep)
                put(s[i]);
            else if (how == escaping::segment && c == '%' && i + 2 < s.size() && is_hex(s[i + 1]) && is_hex(s[i + 2]))
                put('%');
            else
                put_percent(c);
        }
    }

    void put_number(std::uint64_t v) noexcept
    {
        char digits[20];
        auto const r = std::to_chars(digits, digits + sizeof digits, v);
        put(std::string_view(digits, static_cast<std::size_t>(r.ptr - digits)));
    }

    void put_signed(std::int64_t v) noexcept
    {
        if (v < 0) {
            put('-');
            put_number(0 - static_cast<std::uint64_t>(v));
        } else
            put_number(static_cast<std::uint64_t>(v));
    }
    void put_uuid(boost::uuids::uuid const& u) noexcept
    {
        char text[sfmodels::detail::uuid_text_size];
        sfmodels::detail::format_uuid(u, text);
        put(std::string_view(text, sizeof text));
    }

private:
    void put_percent(unsigned char c) noexcept
    {
        constexpr char hex[] = "0123456789ABCDEF";
        char const triplet[3] = {'%', hex[c >> 4], hex[c & 0xF]};
        put(std::string_view(triplet, 3));
    }

    char* buf_;
    std::size_t capacity_;
    std::size_t needed_ = 0;
};

} // namespace sfmodels::rest::detail

#endif
