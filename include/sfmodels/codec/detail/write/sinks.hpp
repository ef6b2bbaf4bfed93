#ifndef SFMODELS_CODEC_DETAIL_WRITE_SINKS_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_SINKS_HPP

#include <cstddef>
#include <cstring>
#include <string_view>

namespace sfmodels::detail {

// Writes into [first, last) and stops, never overflowing, once it is full.
class buffer_sink
{
public:
    buffer_sink(char* first, char* last) noexcept : first_(first), p_(first), end_(last) {}

    bool full() const noexcept { return full_; }
    std::size_t size() const noexcept { return static_cast<std::size_t>(p_ - first_); }

    void put(char c) noexcept
    {
        if (p_ != end_)
            *p_++ = c;
        else
            full_ = true;
    }

    void put(std::string_view s) noexcept
    {
        if (s.size() <= static_cast<std::size_t>(end_ - p_)) {
            if (!s.empty())   // an empty buffer may be null, which memcpy never accepts
                std::memcpy(p_, s.data(), s.size());
            p_ += s.size();
        } else
            full_ = true;
    }

    // Room for n chars to format in place, or nullptr; commit() the end written.
    char* room(std::size_t n) noexcept { return n <= static_cast<std::size_t>(end_ - p_) ? p_ : nullptr; }
    void commit(char* end) noexcept { p_ = end; }

private:
    char* first_;
    char* p_;
    char* end_;
    bool full_ = false;
};

// Counts what a buffer_sink would hold, to size a buffer exactly.
class counting_sink
{
public:
    bool full() const noexcept { return false; }
    std::size_t size() const noexcept { return size_; }

    void put(char) noexcept { ++size_; }
    void put(std::string_view s) noexcept { size_ += s.size(); }

    char* room(std::size_t) noexcept { return nullptr; }
    void commit(char*) noexcept {}

private:
    std::size_t size_ = 0;
};

} // namespace sfmodels::detail

#endif
