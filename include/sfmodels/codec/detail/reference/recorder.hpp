#ifndef SFMODELS_CODEC_DETAIL_REFERENCE_RECORDER_HPP
#define SFMODELS_CODEC_DETAIL_REFERENCE_RECORDER_HPP

#include <cstdint>
#include <string>
#include <string_view>

namespace sfmodels::detail {

// Writes the events of a basic_parser back as compact JSON text: no
// whitespace, strings escaped as the encoder escapes them, numbers as
// written. The basic_parser handler records free-form values with it, and
// the members of a polymorphic object that come before its discriminator.
class json_recorder
{
public:
    bool active() const noexcept { return out_ != nullptr; }
    std::size_t depth() const noexcept { return depth_; }

    void start(std::string& out) noexcept
    {
        out_ = &out;
        out.clear();
        depth_ = 0;
        first_ = 0;
        after_key_ = false;
        in_token_ = false;
    }

    void stop() noexcept { out_ = nullptr; }

    void open(char c)
    {
        separate();
        out_->push_back(c);
        ++depth_;
        first_ |= bit();
    }

    // true when this closes the value recorded
    bool close(char c)
    {
        out_->push_back(c);
        --depth_;
        return depth_ == 0;
    }

    void key_part(std::string_view s)
    {
        begin_quoted();
        escape(s);
    }

    void key(std::string_view s)
    {
        key_part(s);
        out_->append("\":", 2);
        in_token_ = false;
        after_key_ = true;
    }

    void string_part(std::string_view s)
    {
        begin_quoted();
        escape(s);
    }

    bool string(std::string_view s)
    {
        string_part(s);
        out_->push_back('"');
        in_token_ = false;
        return depth_ == 0;
    }

    void number_part(std::string_view s)
    {
        if (!in_token_) {
            separate();
            in_token_ = true;
        }
        out_->append(s.data(), s.size());
    }

    bool number(std::string_view s)
    {
        number_part(s);
        in_token_ = false;
        return depth_ == 0;
    }

    bool literal(std::string_view s)
    {
        separate();
        out_->append(s.data(), s.size());
        return depth_ == 0;
    }

private:
    std::uint64_t bit() const noexcept { return std::uint64_t(1) << ((depth_ - 1) & 63); }

    void separate()
    {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ == 0)
            return;
        if (first_ & bit())
            first_ &= ~bit();
        else
            out_->push_back(',');
    }

    void begin_quoted()
    {
        if (in_token_)
            return;
        separate();
        out_->push_back('"');
        in_token_ = true;
    }

    void escape(std::string_view s)
    {
        static constexpr char hex[] = "0123456789abcdef";
        std::size_t run = 0;
        for (std::size_t i = 0; i != s.size(); ++i) {
            auto const c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            out_->append(s.data() + run, i - run);
            run = i + 1;
            char e = 0;
            switch (c) {
            case '"': e = '"'; break;
            case '\\': e = '\\'; break;
            case '\n': e = 'n'; break;
            case '\r': e = 'r'; break;
            case '\t': e = 't'; break;
            case '\b': e = 'b'; break;
            case '\f': e = 'f'; break;
            default: break;
            }
            if (e) {
                char const two[2] = {'\\', e};
                out_->append(two, 2);
            } else {
                char const six[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                out_->append(six, 6);
            }
        }
        out_->append(s.data() + run, s.size() - run);
    }

    std::string* out_ = nullptr;
    std::size_t depth_ = 0;
    std::uint64_t first_ = 0;   // per level: nothing written there yet
    bool after_key_ = false;
    bool in_token_ = false;     // a string, key or number arriving in parts
};

} // namespace sfmodels::detail

#endif
