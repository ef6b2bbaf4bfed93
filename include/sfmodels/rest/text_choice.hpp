#ifndef SFMODELS_REST_TEXT_CHOICE_HPP
#define SFMODELS_REST_TEXT_CHOICE_HPP

#include <sfmodels/codec/polymorphic.hpp>

#include <string>
#include <string_view>

namespace sfmodels::rest {

/** A query parameter that takes one of a fixed set of spellings that cannot
    be C++ enumerators (GetNodeInfoList's NodeStatusFilter: `default`, `all`,
    `up`, ...). Holds any text; validate() and write_target() accept only one
    of Values, matched exactly.
*/
template<fixed_string... Values>
class text_choice
{
public:
    text_choice() = default;
    text_choice(std::string_view v) : value_(v) {}
    text_choice(char const* v) : value_(v) {}

    std::string_view value() const noexcept { return value_; }

    /// Whether the value is one of Values.
    bool valid() const noexcept { return ((value_ == Values.view()) || ...); }

    bool operator==(text_choice const&) const = default;

private:
    std::string value_;
};

} // namespace sfmodels::rest

#endif
