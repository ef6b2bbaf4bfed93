#ifndef SFMODELS_CODEC_DETAIL_DECODE_HANDLER_HPP
#define SFMODELS_CODEC_DETAIL_DECODE_HANDLER_HPP

#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/detail/decode_slots.hpp>
#include <sfmodels/codec/detail/string_buffer.hpp>
#include <sfmodels/codec/limits.hpp>

#include <boost/json/basic_parser.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace sfmodels::detail {

// Limits every model must fit in; decode_slot() checks them at compile time.
inline constexpr std::size_t max_model_nesting = 8;
inline constexpr std::size_t max_wire_size = 1024;

// The root of a decode: where the document goes and how to fill it.
template<class T>
constexpr slot decode_slot(T& out) noexcept
{
    static_assert(nesting<T>() <= max_model_nesting, "model nests too deeply");
    static_assert(wire_scratch_size<T>() <= max_wire_size, "wire object too large");
    return {&out, &slot_ops_for<T>};
}

// A boost::json::basic_parser handler that decodes straight into the value of
// a slot. Every type goes through the same handler, and so through one
// instantiation of basic_parser; the types differ only in their slot_ops.
class decode_handler
{
    static constexpr std::size_t max_frames = max_model_nesting + 1;
    static constexpr std::size_t no_member = std::size_t(-1);
    static constexpr std::size_t unknown_member = std::size_t(-2);

    struct frame
    {
        void* target;
        object_ops const* object;   // exactly one of object and array is set
        array_ops const* array;
        std::size_t member;         // object: current member; array: elements so far
        std::uint64_t seen;
        adapter_ops const* adapter; // set when target is a wire object for outer
        void* outer;
    };

public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = limits::max_string_size;
    static constexpr std::size_t max_string_size = limits::max_string_size;

    explicit decode_handler(slot root) noexcept : root_(root) {}

    decode_handler(decode_handler const&) = delete;
    decode_handler& operator=(decode_handler const&) = delete;
    ~decode_handler() { drop_wire(); }

    void reset(slot root) noexcept
    {
        drop_wire();
        root_ = root;
        depth_ = 0;
        skip_ = 0;
        skip_value_ = false;
        in_string_ = false;
        root_done_ = false;
        fraction_or_exponent_ = false;
        key_.clear();
    }

    // The path of the member being decoded when decoding stopped.
    void path(json_path& p) const noexcept
    {
        p.clear();
        for (std::size_t i = 0; i < depth_; ++i) {
            frame const& f = frames_[i];
            if (f.array) {
                if (f.member != 0)
                    p.push(f.member - 1);
            }
            else if (f.member == unknown_member)
                p.push(unknown_key_.view());
            else if (f.member != no_member)
                p.push(f.object->name(f.member));
        }
    }

    bool on_document_begin(boost::system::error_code&) noexcept { return true; }
    bool on_document_end(boost::system::error_code&) noexcept { return true; }

    bool on_object_begin(boost::system::error_code& ec) { return open(ec, true); }
    bool on_array_begin(boost::system::error_code& ec) { return open(ec, false); }

    bool on_object_end(std::size_t, boost::system::error_code& ec) noexcept
    {
        if (skip_ != 0)
            return --skip_, true;
        frame& f = frames_[depth_ - 1];
        std::size_t missing = 0;
        if (error e = f.object->finish(f.target, f.seen, missing); e != error{}) {
            f.member = missing;
            return fail(ec, e);
        }
        if (f.adapter) {
            error const e = f.adapter->finish(f.target, f.outer, missing);
            drop_wire();
            if (e != error{}) {
                f.member = missing;
                return fail(ec, e);
            }
        }
        --depth_;
        return true;
    }

    bool on_array_end(std::size_t, boost::system::error_code&) noexcept
    {
        if (skip_ != 0)
            return --skip_, true;
        frame& f = frames_[depth_ - 1];
        f.array->finish(f.target, f.member);
        --depth_;
        return true;
    }

    bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&) noexcept
    {
        if (skip_ == 0)
            key_.append(s);
        return true;
    }

    bool on_key(std::string_view s, std::size_t, boost::system::error_code&) noexcept
    {
        if (skip_ != 0)
            return true;
        if (!key_.empty()) {
            key_.append(s);
            s = key_.view();
        }
        frame& f = frames_[depth_ - 1];
        int const m = f.object->find(s);
        if (m < 0) {
            unknown_key_.assign_prefix(s);
            f.member = unknown_member;
            skip_value_ = true;
        } else {
            f.member = static_cast<std::size_t>(m);
            f.seen |= std::uint64_t(1) << m;
        }
        key_.clear();
        return true;
    }

    bool on_string_part(std::string_view s, std::size_t, boost::system::error_code& ec)
    {
        if (skipping())
            return true;
        if (!in_string_) {
            if (!next_slot(ec))
                return false;
            in_string_ = true;
            direct_ = string_slot_.ops->string_target(string_slot_.target);
            if (direct_)
                direct_->assign(s.data(), s.size());
            else
                text_.assign(s);
            return true;
        }
        if (direct_)
            direct_->append(s.data(), s.size());
        else
            text_.append(s);
        return true;
    }

    bool on_string(std::string_view s, std::size_t, boost::system::error_code& ec)
    {
        if (skipping())
            return skip_scalar();
        if (in_string_) {
            in_string_ = false;
            if (direct_)
                return direct_->append(s.data(), s.size()), true;
            text_.append(s);
            error const e = string_slot_.ops->string(string_slot_.target, text_.view());
            text_.clear();
            return done(ec, e);
        }
        if (!next_slot(ec))
            return false;
        return done(ec, string_slot_.ops->string(string_slot_.target, s));
    }

    // A number in pieces reaches on_double() with only its last piece.
    bool on_number_part(std::string_view s, boost::system::error_code&) noexcept
    {
        fraction_or_exponent_ = fraction_or_exponent_ || s.find_first_of(".eE") != std::string_view::npos;
        return true;
    }

    bool on_int64(std::int64_t i, std::string_view s, boost::system::error_code& ec)
    {
        return number(ec, {number_token::int64, i, 0, s});
    }
    bool on_uint64(std::uint64_t u, std::string_view s, boost::system::error_code& ec)
    {
        return number(ec, {number_token::uint64, 0, u, s});
    }
    bool on_double(double, std::string_view s, boost::system::error_code& ec)
    {
        if (std::exchange(fraction_or_exponent_, false))
            s = ".";   // what non-integers are told apart by
        return number(ec, {number_token::floating, 0, 0, s});
    }

    bool on_bool(bool b, boost::system::error_code& ec)
    {
        if (skipping())
            return skip_scalar();
        if (!next_slot(ec))
            return false;
        return done(ec, string_slot_.ops->boolean(string_slot_.target, b));
    }

    bool on_null(boost::system::error_code& ec)
    {
        if (skipping())
            return skip_scalar();
        if (depth_ != 0 && !frames_[depth_ - 1].array) {
            frame& f = frames_[depth_ - 1];
            slot s = f.object->member(f.target, f.member);
            if (!s.ops->reset(s.target))
                f.seen &= ~(std::uint64_t(1) << f.member);   // null reads as absent
            return true;
        }
        return next_slot(ec) && fail(ec, error::wrong_type);
    }

    bool on_comment_part(std::string_view, boost::system::error_code&) noexcept { return true; }
    bool on_comment(std::string_view, boost::system::error_code&) noexcept { return true; }

private:
    bool skipping() const noexcept { return skip_ != 0 || skip_value_; }

    bool skip_scalar() noexcept
    {
        skip_value_ = false;
        return true;
    }

    static bool fail(boost::system::error_code& ec, error e) noexcept
    {
        ec = make_error_code(e);
        return false;
    }

    static bool done(boost::system::error_code& ec, error e) noexcept { return e == error{} || fail(ec, e); }

    // Finds the slot the value that starts now belongs to.
    bool next_slot(boost::system::error_code& ec)
    {
        if (depth_ == 0) {
            if (root_done_)
                return fail(ec, error::trailing_data);
            root_done_ = true;
            string_slot_ = root_;
            return true;
        }
        frame& f = frames_[depth_ - 1];
        if (f.array)
            string_slot_ = f.array->element(f.target, f.member++);
        else
            string_slot_ = f.object->member(f.target, f.member);
        return true;
    }

    bool number(boost::system::error_code& ec, number_token const& n)
    {
        if (skipping())
            return skip_scalar();
        if (!next_slot(ec))
            return false;
        return done(ec, string_slot_.ops->number(string_slot_.target, n));
    }

    bool open(boost::system::error_code& ec, bool object)
    {
        if (skip_ != 0 || skip_value_) {
            skip_value_ = false;
            ++skip_;
            return true;
        }
        if (!next_slot(ec))
            return false;
        slot const s = string_slot_;
        if (object ? !s.ops->object : !s.ops->array)
            return fail(ec, error::wrong_type);
        if (depth_ == max_frames)
            return fail(ec, error::too_deep);
        void* target = s.ops->open(s.target);
        void* outer = nullptr;
        if (s.ops->adapter) {
            if (wire_)
                return fail(ec, error::too_deep);
            outer = target;
            target = wire_ = s.ops->adapter->begin(scratch_.data());
            wire_adapter_ = s.ops->adapter;
        }
        frames_[depth_++] = {target, object ? s.ops->object : nullptr, object ? nullptr : s.ops->array,
                             object ? no_member : 0, 0, s.ops->adapter, outer};
        return true;
    }

    void drop_wire() noexcept
    {
        if (wire_)
            wire_adapter_->destroy(wire_);
        wire_ = nullptr;
    }

    slot root_;
    std::array<frame, max_frames> frames_;
    std::size_t depth_ = 0;
    std::size_t skip_ = 0;          // depth inside containers of an unknown member
    bool skip_value_ = false;       // the next value belongs to an unknown member
    bool in_string_ = false;
    bool root_done_ = false;
    bool fraction_or_exponent_ = false;   // seen in the parts of the current number
    slot string_slot_{};
    std::string* direct_ = nullptr;
    string_buffer text_;            // a string value arriving in parts
    string_buffer key_;             // a key arriving in parts
    string_buffer unknown_key_;     // for error paths
    alignas(std::max_align_t) std::array<std::byte, max_wire_size> scratch_;
    void* wire_ = nullptr;          // the wire object living in scratch_, if any
    adapter_ops const* wire_adapter_ = nullptr;
};

} // namespace sfmodels::detail

#endif
