#ifndef SFMODELS_CODEC_DETAIL_REFERENCE_STRING_BUFFER_HPP
#define SFMODELS_CODEC_DETAIL_REFERENCE_STRING_BUFFER_HPP

#include <array>
#include <cstring>
#include <string>
#include <string_view>

namespace sfmodels::detail {

// Collects a string that arrives in parts. Short strings stay inline; only a
// longer one (far beyond any key, uuid or enum spelling) moves to the heap.
class string_buffer
{
public:
    static constexpr std::size_t inline_capacity = 128;

    bool empty() const noexcept { return size_ == 0; }

    std::string_view view() const noexcept
    {
        return spilled_ ? std::string_view(heap_) : std::string_view(inline_.data(), size_);
    }

    void clear() noexcept
    {
        size_ = 0;
        spilled_ = false;
        heap_.clear();
    }

    void assign(std::string_view s)
    {
        clear();
        append(s);
    }

    void append(std::string_view s)
    {
        if (!spilled_ && size_ + s.size() <= inline_capacity) {
            if (!s.empty())
                std::memcpy(inline_.data() + size_, s.data(), s.size());
            size_ += s.size();
            return;
        }
        if (!spilled_) {
            heap_.assign(inline_.data(), size_);
            spilled_ = true;
        }
        heap_.append(s.data(), s.size());
        size_ = heap_.size();
    }

    // Keeps at most the inline capacity; for messages, never allocates.
    void assign_prefix(std::string_view s) noexcept
    {
        clear();
        size_ = s.size() < inline_capacity ? s.size() : inline_capacity;
        if (size_ != 0)
            std::memcpy(inline_.data(), s.data(), size_);
    }

private:
    std::array<char, inline_capacity> inline_;
    std::size_t size_ = 0;
    bool spilled_ = false;
    std::string heap_;
};

} // namespace sfmodels::detail

#endif
