#ifndef SFMODELS_FUZZ_DUPLICATES_HPP
#define SFMODELS_FUZZ_DUPLICATES_HPP

// Finds member names repeated in one object, which the DOM reference collapses.

#include <sfmodels/codec/limits.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sfmodels::fuzz {

// Whether any object in a syntactically valid document names a member twice.
class duplicate_finder
{
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    bool found = false;

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_object_begin(boost::system::error_code&) { return keys_.emplace_back(), true; }
    bool on_object_end(std::size_t, boost::system::error_code&) { return keys_.pop_back(), true; }
    bool on_array_begin(boost::system::error_code&) { return true; }
    bool on_array_end(std::size_t, boost::system::error_code&) { return true; }
    bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&) { return key_.append(s), true; }
    bool on_key(std::string_view s, std::size_t, boost::system::error_code&)
    {
        key_.append(s);
        for (auto const& k : keys_.back())
            found = found || k == key_;
        keys_.back().push_back(std::move(key_));
        key_.clear();
        return true;
    }
    bool on_string_part(std::string_view, std::size_t, boost::system::error_code&) { return true; }
    bool on_string(std::string_view, std::size_t, boost::system::error_code&) { return true; }
    bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_int64(std::int64_t, std::string_view, boost::system::error_code&) { return true; }
    bool on_uint64(std::uint64_t, std::string_view, boost::system::error_code&) { return true; }
    bool on_double(double, std::string_view, boost::system::error_code&) { return true; }
    bool on_bool(bool, boost::system::error_code&) { return true; }
    bool on_null(boost::system::error_code&) { return true; }
    bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_comment(std::string_view, boost::system::error_code&) { return true; }

private:
    std::vector<std::vector<std::string>> keys_;
    std::string key_;
};

inline bool has_duplicate_member(std::string_view json)
{
    boost::json::parse_options o;
    o.max_depth = limits::max_depth;
    boost::json::basic_parser<duplicate_finder> p(o);
    boost::system::error_code ec;
    p.write_some(false, json.data(), json.size(), ec);
    return p.handler().found;
}

} // namespace sfmodels::fuzz

#endif
