#include "round_trip.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace sfmodels::bench {

namespace {

namespace json = boost::json;

bool is_integer(json::value const& v) { return v.is_int64() || v.is_uint64(); }

bool same_number(json::value const& a, json::value const& b)
{
    if (is_integer(a) && is_integer(b)) {
        // exactly: 64-bit ids do not survive a trip through double
        if (a.is_int64() && b.is_int64())
            return a.get_int64() == b.get_int64();
        if (a.is_uint64() && b.is_uint64())
            return a.get_uint64() == b.get_uint64();
        json::value const& i = a.is_int64() ? a : b;
        json::value const& u = a.is_int64() ? b : a;
        return i.get_int64() >= 0 && static_cast<std::uint64_t>(i.get_int64()) == u.get_uint64();
    }
    return a.to_number<double>() == b.to_number<double>();
}

class comparison
{
public:
    explicit comparison(std::vector<std::string> const& unmodelled) : unmodelled_(unmodelled) {}

    // where `sent` (the payload) and `back` (its round trip) differ, or ""
    std::string difference(json::value const& sent, json::value const& back, std::string const& path) const
    {
        if (sent.is_number() && back.is_number())
            return same_number(sent, back) ? "" : path + ": " + json::serialize(sent) + " came back as " + json::serialize(back);
        if (sent.kind() != back.kind())
            return path + ": " + json::serialize(sent) + " came back as " + json::serialize(back);
        if (sent.is_object())
            return object_difference(sent.get_object(), back.get_object(), path);
        if (sent.is_array()) {
            auto const& s = sent.get_array();
            auto const& b = back.get_array();
            if (s.size() != b.size())
                return path + ": " + std::to_string(s.size()) + " elements came back as " + std::to_string(b.size());
            for (std::size_t i = 0; i < s.size(); ++i)
                if (std::string d = difference(s[i], b[i], path + "[" + std::to_string(i) + "]"); !d.empty())
                    return d;
            return "";
        }
        return sent == back ? "" : path + ": " + json::serialize(sent) + " came back as " + json::serialize(back);
    }

private:
    std::string object_difference(json::object const& sent, json::object const& back, std::string const& path) const
    {
        for (auto const& [key, value] : sent) {
            if (value.is_null() || is_unmodelled(key))
                continue;
            std::string const at = path + "." + std::string(key);
            json::value const* returned = back.if_contains(key);
            if (!returned || returned->is_null())
                return at + ": lost";
            if (std::string d = difference(value, *returned, at); !d.empty())
                return d;
        }
        for (auto const& [key, value] : back) {
            json::value const* s = sent.if_contains(key);
            if (!value.is_null() && (!s || s->is_null()))
                return path + "." + std::string(key) + ": added, " + json::serialize(value);
        }
        return "";
    }

    bool is_unmodelled(std::string_view key) const
    {
        return std::find(unmodelled_.begin(), unmodelled_.end(), key) != unmodelled_.end();
    }

    std::vector<std::string> const& unmodelled_;
};

} // namespace

std::string round_trip_difference(payload const& p, std::string_view encoded)
{
    return comparison(p.unmodelled).difference(json::parse(p.json), json::parse(encoded), "$");
}

} // namespace sfmodels::bench
