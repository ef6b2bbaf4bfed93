#ifndef SFMODELS_CODEC_DETAIL_REFERENCE_HANDLER_HPP
#define SFMODELS_CODEC_DETAIL_REFERENCE_HANDLER_HPP

#include <sfmodels/codec/decode_options.hpp>
#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/detail/reference/slots.hpp>
#include <sfmodels/codec/detail/reference/recorder.hpp>
#include <sfmodels/codec/detail/reference/string_buffer.hpp>
#include <sfmodels/codec/limits.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace sfmodels::detail {

inline boost::json::parse_options parser_options(std::size_t max_depth = limits::max_depth) noexcept
{
    boost::json::parse_options o;
    o.max_depth = max_depth;
    return o;
}

inline boost::system::error_code map_parse_error(boost::system::error_code ec) noexcept
{
    if (ec.category() == error_category())
        return ec;
    using boost::json::error;
    if (ec == error::incomplete)
        return sfmodels::error::incomplete;
    if (ec == error::extra_data)
        return sfmodels::error::trailing_data;
    if (ec == error::too_deep)
        return sfmodels::error::too_deep;
    if (ec == error::string_too_large || ec == error::key_too_large || ec == error::object_too_large ||
        ec == error::array_too_large)
        return sfmodels::error::too_large;
    if (ec == error::exponent_overflow)
        return sfmodels::error::out_of_range;
    return sfmodels::error::syntax;
}

// The root of a decode: where the document goes and how to fill it.
template<class T>
constexpr slot decode_slot(T& out) noexcept
{
    return {&out, &slot_ops_for<T>};
}

// A boost::json::basic_parser handler that decodes straight into the value of
// a slot. Every type goes through the same handler, and so through one
// instantiation of basic_parser; the types differ only in their slot_ops.
class decode_handler
{
    static constexpr std::size_t max_frames = limits::max_depth + 1;
    static constexpr std::size_t no_member = std::size_t(-1);
    static constexpr std::size_t unknown_member = std::size_t(-2);
    static constexpr std::size_t discriminator_key = std::size_t(-3);   // family: at its discriminator

    struct frame
    {
        void* target;
        object_ops const* object;   // one of object, array, map and family is set
        array_ops const* array;
        map_ops const* map;
        family_ops const* family;   // an object whose kind is not known yet
        std::size_t member;         // object: current member; array: elements so far
        std::size_t kind_member;    // a family's alternative: its discriminator member, read once
        member_set seen;
        std::uint8_t key_size;      // map: the current key, for paths
        char key[23];
        alignas(std::max_align_t) std::byte pool[map_ops::pool_size];
    };

public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = limits::max_string_size;
    static constexpr std::size_t max_string_size = limits::max_string_size;

    decode_handler(slot root, memory_budget budget = {}) noexcept : root_(root), budget_(budget) {}

    decode_handler(decode_handler const&) = delete;
    decode_handler& operator=(decode_handler const&) = delete;
    ~decode_handler() { drop_pools(); }

    void reset(slot root, memory_budget budget = {}) noexcept
    {
        drop_pools();
        root_ = root;
        budget_ = budget;
        depth_ = 0;
        skip_ = 0;
        skip_value_ = false;
        in_string_ = false;
        root_done_ = false;
        recorder_.stop();
        family_recording_ = false;
        kind_next_ = kind_found_ = false;
        kind_error_ = {};
        key_.clear();
        number_.clear();
        suffix_.clear();
    }

    memory_budget& budget() noexcept { return budget_; }

    /// How many recorded objects this handler's text sits inside: 0 for a
    /// document's own handler, n + 1 for one that decodes an object recorded
    /// by a handler at level n.
    void level(std::size_t n) noexcept { level_ = n; }

    /// Where to record objects whose kind comes late: by default a buffer of
    /// the handler's own; a decode of whole text passes one its thread keeps.
    void record_into(std::string& buffer) noexcept { family_text_ = &buffer; }

    // The path of the member being decoded when decoding stopped.
    void path(json_path& p) const noexcept
    {
        p.clear();
        for (std::size_t i = 0; i < depth_; ++i) {
            frame const& f = frames_[i];
            if (f.array) {
                if (f.member != 0)
                    p.push(f.member - 1);
            } else if (f.map) {
                if (f.member != no_member)
                    p.push(std::string_view(f.key, f.key_size));
            } else if (f.member == unknown_member)
                p.push(unknown_key_.view());
            else if (f.member == discriminator_key)
                p.push(f.family->discriminator);
            else if (f.member != no_member && f.object)
                p.push(f.object->keys->name(f.member));
        }
        p.append_escaped(suffix_.view());
    }

    bool on_document_begin(boost::system::error_code&) noexcept { return true; }
    bool on_document_end(boost::system::error_code&) noexcept { return true; }

    bool on_object_begin(boost::system::error_code& ec) { return open(ec, true); }
    bool on_array_begin(boost::system::error_code& ec) { return open(ec, false); }

    bool on_object_end(std::size_t, boost::system::error_code& ec)
    {
        if (skip_ != 0)
            return --skip_, true;
        if (recorder_.active())
            return !recorder_.close('}') || recorded(ec);
        frame& f = frames_[depth_ - 1];
        if (f.family) {
            f.member = discriminator_key;   // {} names no kind
            return fail(ec, error::missing_member);
        }
        if (f.map) {
            f.map->end(f.pool);
            f.map = nullptr;
            --depth_;
            return true;
        }
        std::size_t missing = 0;
        if (error e = finish_object(*f.object, f.target, f.seen, missing); e != error{}) {
            f.member = missing;
            return fail(ec, e);
        }
        --depth_;
        return true;
    }

    bool on_array_end(std::size_t, boost::system::error_code& ec)
    {
        if (skip_ != 0)
            return --skip_, true;
        if (recorder_.active())
            return !recorder_.close(']') || recorded(ec);
        frame& f = frames_[depth_ - 1];
        f.array->finish(f.target, f.member);
        --depth_;
        return true;
    }

    bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&)
    {
        if (skip_ == 0)
            key_.append(s);
        return true;
    }

    bool on_key(std::string_view s, std::size_t, boost::system::error_code& ec)
    {
        if (skip_ != 0)
            return true;
        if (!key_.empty()) {
            key_.append(s);
            s = key_.view();
        }
        bool const ok = key(ec, s);
        key_.clear();
        return ok;
    }

    bool on_string_part(std::string_view s, std::size_t, boost::system::error_code& ec)
    {
        if (skipping())
            return true;
        if (recorder_.active()) {
            if (kind_next_)
                kind_.append(s);
            recorder_.string_part(s);
            return true;
        }
        if (!in_string_) {
            if (at_discriminator()) {
                in_string_ = true;
                direct_ = nullptr;
                text_.assign(s);
                return true;
            }
            if (!next_slot(ec))
                return false;
            if (std::string* j = string_slot_.ops->json(string_slot_.target)) {
                recorder_.start(*j);
                recorder_.string_part(s);
                return true;
            }
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
        if (recorder_.active()) {
            if (kind_next_) {
                kind_.append(s);
                kind_next_ = false;
                kind_found_ = true;
            }
            return !recorder_.string(s) || recorded(ec);
        }
        if (in_string_) {
            in_string_ = false;
            if (direct_)
                return direct_->append(s.data(), s.size()), true;
            text_.append(s);
            if (at_discriminator()) {
                bool const ok = choose(ec, text_.view());
                text_.clear();
                return ok;
            }
            error const e = string_slot_.ops->string(string_slot_.target, text_.view());
            text_.clear();
            return done(ec, e);
        }
        if (at_discriminator())
            return choose(ec, s);
        if (!next_slot(ec))
            return false;
        if (std::string* j = string_slot_.ops->json(string_slot_.target)) {
            recorder_.start(*j);
            recorder_.string(s);
            recorder_.stop();
            return true;
        }
        return done(ec, string_slot_.ops->string(string_slot_.target, s));
    }

    bool on_number_part(std::string_view s, boost::system::error_code&)
    {
        if (skipping())
            return true;
        if (recorder_.active())
            recorder_.number_part(s);
        else
            number_.append(s);
        return true;
    }

    bool on_int64(std::int64_t i, std::string_view s, boost::system::error_code& ec)
    {
        return number(ec, number_token::int64, i, 0, s);
    }
    bool on_uint64(std::uint64_t u, std::string_view s, boost::system::error_code& ec)
    {
        return number(ec, number_token::uint64, 0, u, s);
    }
    bool on_double(double, std::string_view s, boost::system::error_code& ec)
    {
        return number(ec, number_token::floating, 0, 0, s);
    }

    bool on_bool(bool b, boost::system::error_code& ec)
    {
        if (skipping())
            return skip_scalar();
        if (recorder_.active())
            return literal(ec, b ? "true" : "false");
        if (at_discriminator())
            return fail(ec, error::wrong_type);
        if (!next_slot(ec))
            return false;
        if (std::string* j = string_slot_.ops->json(string_slot_.target))
            return record_scalar(*j, b ? "true" : "false");
        return done(ec, string_slot_.ops->boolean(string_slot_.target, b));
    }

    bool on_null(boost::system::error_code& ec)
    {
        if (skipping())
            return skip_scalar();
        if (recorder_.active())
            return literal(ec, "null");
        if (at_discriminator())
            return fail(ec, error::missing_member);
        if (depth_ != 0 && frames_[depth_ - 1].object) {
            frame& f = frames_[depth_ - 1];
            slot s = f.object->member(f.target, f.member);
            if (!s.ops->reset(s.target))
                f.seen.clear(f.member);   // null reads as absent
            return true;
        }
        if (!next_slot(ec))
            return false;
        if (std::string* j = string_slot_.ops->json(string_slot_.target))
            return record_scalar(*j, "null");
        return fail(ec, error::wrong_type);
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

    bool at_discriminator() const noexcept
    {
        return depth_ != 0 && frames_[depth_ - 1].family && frames_[depth_ - 1].member == discriminator_key;
    }

    bool key(boost::system::error_code& ec, std::string_view s)
    {
        if (recorder_.active()) {
            // the first discriminator at the family object's own level names its kind
            if (family_recording_ && recorder_.depth() == 1 && !kind_found_ && s == frames_[depth_ - 1].family->discriminator)
                kind_next_ = true;
            recorder_.key(s);
            return true;
        }
        frame& f = frames_[depth_ - 1];
        if (f.family) {
            if (s == f.family->discriminator) {
                f.member = discriminator_key;
                return true;
            }
            // the kind comes later: keep the object's text until it ends
            family_recording_ = true;
            kind_.clear();
            kind_next_ = kind_found_ = false;
            recorder_.start(*family_text_);
            recorder_.open('{');
            recorder_.key(s);
            return true;
        }
        if (f.map) {
            f.key_size = static_cast<std::uint8_t>(s.size() < sizeof f.key ? s.size() : sizeof f.key);
            std::copy_n(s.data(), f.key_size, f.key);
            f.member = 0;
            map_slot_ = f.map->entry(f.target, f.pool, s, budget_);
            if (!map_slot_.target)
                return fail(ec, error::too_large);
            return true;
        }
        int const m = f.object->find(s);
        if (m < 0 || static_cast<std::size_t>(m) == f.kind_member) {   // the kind is read where it first occurs
            unknown_key_.assign_prefix(s);
            f.member = unknown_member;
            skip_value_ = true;
        } else {
            f.member = static_cast<std::size_t>(m);
            f.seen.set(static_cast<std::size_t>(m));
        }
        return true;
    }

    // The family at the top names its kind: it becomes that alternative's object.
    bool choose(boost::system::error_code& ec, std::string_view kind)
    {
        frame& f = frames_[depth_ - 1];
        slot alternative{};
        std::size_t member = no_index;
        if (error e = f.family->choose(f.target, kind, alternative, member); e != error{})
            return fail(ec, e);
        f.target = alternative.target;
        f.object = alternative.ops->object;
        f.family = nullptr;
        f.seen = {};
        f.member = no_member;
        f.kind_member = member;
        if (member == no_index)
            return true;
        f.member = member;
        f.seen.set(member);
        slot const s = resolve(f.object->member(f.target, member));
        return done(ec, s.ops->string(s.target, kind));
    }

    // Finds the slot the value that starts now belongs to. Its first
    // operation is json(), which engages it if it is an optional.
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
        if (f.array) {
            string_slot_ = f.array->element(f.target, f.member++, budget_);
            if (!string_slot_.target)
                return fail(ec, error::too_large);
        } else if (f.map)
            string_slot_ = map_slot_;
        else
            string_slot_ = f.object->member(f.target, f.member);
        return true;
    }

    bool number(boost::system::error_code& ec, number_token::kind_type kind, std::int64_t i, std::uint64_t u,
                std::string_view s)
    {
        if (skipping()) {
            number_.clear();
            return skip_scalar();
        }
        if (recorder_.active()) {
            if (kind_next_) {
                kind_next_ = false;
                kind_found_ = true;
                kind_error_ = error::wrong_type;
            }
            return !recorder_.number(s) || recorded(ec);
        }
        if (!number_.empty()) {
            number_.append(s);
            s = number_.view();
        }
        bool ok = false;
        if (at_discriminator())
            ok = fail(ec, error::wrong_type);
        else if (next_slot(ec)) {
            if (std::string* j = string_slot_.ops->json(string_slot_.target))
                ok = record_scalar(*j, s);
            else
                ok = done(ec, string_slot_.ops->number(string_slot_.target, {kind, i, u, s}));
        }
        number_.clear();
        return ok;
    }

    bool literal(boost::system::error_code& ec, std::string_view s)
    {
        if (kind_next_) {
            kind_next_ = false;
            kind_found_ = true;
            kind_error_ = s == "null" ? error::missing_member : error::wrong_type;
        }
        return !recorder_.literal(s) || recorded(ec);
    }

    bool record_scalar(std::string& out, std::string_view text)
    {
        recorder_.start(out);
        recorder_.literal(text);
        recorder_.stop();
        return true;
    }

    bool open(boost::system::error_code& ec, bool object)
    {
        if (skip_ != 0 || skip_value_) {
            skip_value_ = false;
            ++skip_;
            return true;
        }
        if (recorder_.active()) {
            if (kind_next_) {
                kind_next_ = false;
                kind_found_ = true;
                kind_error_ = error::wrong_type;
            }
            recorder_.open(object ? '{' : '[');
            return true;
        }
        if (at_discriminator())
            return fail(ec, error::wrong_type);
        if (!next_slot(ec))
            return false;
        std::string* const j = string_slot_.ops->json(string_slot_.target);
        slot const s = string_slot_;
        if (j) {
            recorder_.start(*j);
            recorder_.open(object ? '{' : '[');
            family_recording_ = false;
            return true;
        }
        if (object ? !(s.ops->object || s.ops->map || s.ops->family) : !s.ops->array)
            return fail(ec, error::wrong_type);
        if (depth_ == max_frames)
            return fail(ec, error::too_deep);
        frame& f = frames_[depth_++];
        f.target = s.target;
        f.object = object ? s.ops->object : nullptr;
        f.array = object ? nullptr : s.ops->array;
        f.map = object ? s.ops->map : nullptr;
        f.family = object ? s.ops->family : nullptr;
        f.member = object ? no_member : 0;
        f.kind_member = no_index;
        f.seen = {};
        if (f.map)
            f.map->begin(f.target, f.pool);
        return true;
    }

    // The recorder closed the value it was recording.
    bool recorded(boost::system::error_code& ec)
    {
        recorder_.stop();
        if (!family_recording_)
            return true;
        family_recording_ = false;
        return decode_recorded(ec);
    }

    bool decode_recorded(boost::system::error_code& ec);

    void drop_pools() noexcept
    {
        for (std::size_t i = 0; i < depth_; ++i)
            if (frames_[i].map) {
                frames_[i].map->end(frames_[i].pool);
                frames_[i].map = nullptr;
            }
    }

    slot root_;
    memory_budget budget_;
    std::array<frame, max_frames> frames_;
    std::size_t depth_ = 0;
    std::size_t skip_ = 0;          // depth inside containers of an unknown member
    bool skip_value_ = false;       // the next value belongs to an unknown member
    bool in_string_ = false;
    bool root_done_ = false;
    slot string_slot_{};
    slot map_slot_{};
    std::string* direct_ = nullptr;
    string_buffer text_;            // a string value arriving in parts
    string_buffer key_;             // a key arriving in parts
    string_buffer number_;          // a number arriving in parts
    string_buffer unknown_key_;     // for error paths
    string_buffer suffix_;          // the path inside a recorded object, for errors
    json_recorder recorder_;
    bool family_recording_ = false; // recording a polymorphic object until it ends
    bool kind_next_ = false;        // the next value recorded is its discriminator
    bool kind_found_ = false;
    error kind_error_{};
    string_buffer kind_;
    std::string own_text_;
    std::string* family_text_ = &own_text_;
    std::size_t level_ = 0;
};

// Apart and not inlined, so that no compiler sees a replaced operator new
// and operator delete meet in one function (GCC 12's -Wmismatched-new-delete
// takes a replacement that frees what the other mallocs for a mismatch).
[[gnu::noinline]] inline boost::json::basic_parser<decode_handler>*
make_parser(boost::json::parse_options const& o, slot root, memory_budget budget)
{
    return new boost::json::basic_parser<decode_handler>(o, root, budget);
}

[[gnu::noinline]] inline void destroy_parser(boost::json::basic_parser<decode_handler>* p) noexcept
{
    delete p;
}

/** A parser for an object recorded by a handler at `level` - 1 (level >= 1), ready to
    decode into `root`. Each thread keeps one per level and reuses it, with
    the buffers its handler has grown, so that decoding a document again into
    the same object allocates nothing. Recorded text is decoded at once,
    inside the decode that recorded it, so no two decodes use one level at
    the same time.
*/
inline boost::json::basic_parser<decode_handler>&
recorded_parser(std::size_t level, std::size_t max_depth, slot root, memory_budget budget)
{
    struct cached
    {
        boost::json::basic_parser<decode_handler>* parser = nullptr;
        std::size_t max_depth = 0;
        ~cached() { destroy_parser(parser); }
    };
    thread_local std::array<cached, limits::max_depth + 2> pool;
    cached& c = pool[level < pool.size() ? level : pool.size() - 1];
    if (c.parser && c.max_depth == max_depth) {
        c.parser->reset();
        c.parser->handler().reset(root, budget);
    } else {
        destroy_parser(std::exchange(c.parser, nullptr));
        c.parser = make_parser(parser_options(max_depth), root, budget);
        c.max_depth = max_depth;
    }
    c.parser->handler().level(level);
    return *c.parser;
}

/// Where decode() of whole text records objects whose kind comes late: kept
/// by the thread, so that it has grown by the time a document is decoded again.
inline std::string& whole_text_buffer() noexcept
{
    thread_local std::string buffer;
    return buffer;
}

// A polymorphic object whose discriminator came after other members: its
// text is complete now, so the kind is known and the text is decoded into
// the alternative by a parser of its own. Errors inside are reported at the
// offset of the object's end, with their full path.
inline bool decode_handler::decode_recorded(boost::system::error_code& ec)
{
    frame& f = frames_[depth_ - 1];
    f.member = discriminator_key;
    if (!kind_found_)
        return fail(ec, error::missing_member);
    if (kind_error_ != error{})
        return fail(ec, std::exchange(kind_error_, error{}));
    slot alternative{};
    std::size_t member = no_index;
    if (error e = f.family->choose(f.target, kind_.view(), alternative, member); e != error{})
        return fail(ec, e);
    f.member = no_member;
    std::size_t const room = limits::max_depth > depth_ ? limits::max_depth - depth_ + 1 : 1;
    auto* const inner = &recorded_parser(level_ + 1, room, alternative, budget_);
    boost::system::error_code e;
    std::size_t const n = inner->write_some(false, family_text_->data(), family_text_->size(), e);
    budget_ = inner->handler().budget();
    if (!e && n != family_text_->size())
        e = error::trailing_data;
    if (e) {
        json_path p;
        inner->handler().path(p);
        suffix_.assign(p.view());
        ec = map_parse_error(e);
        return false;
    }
    --depth_;
    if (member == no_index)
        return true;
    // the kind is read where it first occurs, as decode() reads it
    slot const s = resolve(alternative.ops->object->member(alternative.target, member));
    return done(ec, s.ops->string(s.target, kind_.view()));
}

} // namespace sfmodels::detail

#endif
