#ifndef SFMODELS_TESTS_UNIT_REST_SUPPORT_HPP
#define SFMODELS_TESTS_UNIT_REST_SUPPORT_HPP

// Sample values and helpers shared by the rest_*_test.cpp files.

#include <sfmodels/rest/request.hpp>

#include <boost/uuid/string_generator.hpp>

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>

namespace sfmodels::test::rest {

inline boost::uuids::uuid uuid(std::string_view text)
{
    return boost::uuids::string_generator()(text.begin(), text.end());
}

inline constexpr std::string_view partition_text = "5e2a9c1f-4b7d-4e3a-9f60-1c8b2d7e4a35";
inline constexpr std::string_view operation_text = "c0ffee00-1234-4abc-8def-0123456789ab";
inline boost::uuids::uuid const partition = uuid(partition_text);
inline boost::uuids::uuid const operation = uuid(operation_text);

/// The target of a valid operation, or the failure message.
template<class Op>
std::string target_of(Op const& op)
{
    std::array<char, 1024> buf;
    auto const r = sfmodels::rest::write_target(op, buf);
    if (r)
        return "error: " + r.error.message();
    return std::string(r.target);
}

/// The error code and parameter validation gives; "" for a valid operation.
template<class Op>
std::string rejection_of(Op const& op)
{
    auto const e = sfmodels::rest::validate(op);
    if (!e)
        return "";
    return std::string(e.parameter) + ": " + e.code.message();
}

} // namespace sfmodels::test::rest

#endif
