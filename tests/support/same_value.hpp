#ifndef SFMODELS_TESTS_SUPPORT_SAME_VALUE_HPP
#define SFMODELS_TESTS_SUPPORT_SAME_VALUE_HPP

// Model comparison whose failure message shows both values as JSON rather
// than as the byte dumps gtest prints for types it does not know.

#include <sfmodels/codec/encode.hpp>

#include <gtest/gtest.h>

#include <string>

namespace sfmodels::test {

template<class T>
std::string show(T const& v)
{
    std::string s;
    if (auto ec = sfmodels::encode(v, s))
        return "<cannot encode: " + ec.message() + ">";
    return s;
}

template<class T>
testing::AssertionResult same_value(T const& actual, T const& expected)
{
    if (actual == expected)
        return testing::AssertionSuccess();
    return testing::AssertionFailure() << "\n  actual:   " << show(actual) << "\n  expected: " << show(expected);
}

} // namespace sfmodels::test

#endif
