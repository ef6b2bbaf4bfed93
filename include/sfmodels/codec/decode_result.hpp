#ifndef SFMODELS_CODEC_DECODE_RESULT_HPP
#define SFMODELS_CODEC_DECODE_RESULT_HPP

#include <sfmodels/codec/error.hpp>
#include <sfmodels/codec/limits.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace sfmodels {

/// A JSON Pointer (RFC 6901) held in a fixed buffer, so that failing never allocates.
class json_path
{
public:
    std::string_view view() const noexcept { return {buf_.data(), size_}; }
    bool empty() const noexcept { return size_ == 0; }
    void clear() noexcept { size_ = 0; }

    /// Appends "/segment", escaping '~' and '/' as the RFC asks.
    void push(std::string_view segment) noexcept
    {
        put('/');
        for (char c : segment) {
            if (c == '~') { put('~'); put('0'); }
            else if (c == '/') { put('~'); put('1'); }
            else put(c);
        }
    }

    void push(std::size_t index) noexcept
    {
        char digits[20];
        std::size_t n = 0;
        do digits[n++] = static_cast<char>('0' + index % 10);
        while ((index /= 10) != 0);
        put('/');
        while (n != 0)
            put(digits[--n]);
    }

    /// Appends a path whose segments are escaped already.
    void append_escaped(std::string_view path) noexcept
    {
        for (char c : path)
            put(c);
    }

private:
    void put(char c) noexcept
    {
        if (size_ < buf_.size())
            buf_[size_++] = c;
        else
            std::fill(buf_.end() - 3, buf_.end(), '.');
    }

    std::array<char, limits::max_path_size> buf_;
    std::size_t size_ = 0;
};

/** The outcome of a decode: an error code, the byte offset where it was found
    and the path of the member concerned. Converts to `true` on failure, like
    `boost::system::error_code`.
*/
struct decode_result
{
    boost::system::error_code code;
    std::size_t offset = 0;
    json_path path;

    bool ok() const noexcept { return !code.failed(); }
    explicit operator bool() const noexcept { return code.failed(); }

    /// "<what> at <path> (offset N)"; the path reads "/" for the document itself.
    std::string message() const
    {
        std::string s = code.message();
        s += " at ";
        s += path.empty() ? std::string_view("/") : path.view();
        s += " (offset ";
        s += std::to_string(offset);
        s += ')';
        return s;
    }
};

} // namespace sfmodels

#endif
