#include <sfmodels/codec/error.hpp>

#include <boost/json/error.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <system_error>
#include <type_traits>

namespace {
namespace error_test {

using sfmodels::error;

// Every enumerator, in declaration order. The UnknownValueHasGenericMessage
// test notices one added after buffer_too_small and missing here.
constexpr error all_errors[] = {
    error::syntax,         error::incomplete,     error::trailing_data, error::too_deep,
    error::too_large,      error::wrong_type,     error::bad_uuid,      error::bad_timestamp,
    error::bad_integer,    error::out_of_range,   error::missing_member, error::unknown_kind,
    error::invalid_utf8,   error::buffer_too_small, error::bad_duration, error::bad_number,
};

static_assert(boost::system::is_error_code_enum<error>::value);
static_assert(std::is_convertible_v<error, boost::system::error_code>);
static_assert(!std::is_convertible_v<int, error>);

TEST(Error, CategoryIsNamedSfmodels)
{
    EXPECT_STREQ(sfmodels::error_category().name(), "sfmodels");
    EXPECT_EQ(&sfmodels::make_error_code(error::syntax).category(), &sfmodels::error_category());
}

TEST(Error, EnumeratorsAreConsecutiveFromOne)
{
    int expected = 1;
    for (error e : all_errors)
        EXPECT_EQ(static_cast<int>(e), expected++);
}

TEST(Error, EveryEnumeratorHasItsOwnMessage)
{
    std::set<std::string> seen;
    std::string const generic = sfmodels::error_category().message(0);
    for (error e : all_errors) {
        std::string const m = sfmodels::make_error_code(e).message();
        EXPECT_FALSE(m.empty()) << static_cast<int>(e);
        EXPECT_NE(m, generic) << static_cast<int>(e);
        EXPECT_TRUE(seen.insert(m).second) << "duplicate message: " << m;
    }
    EXPECT_EQ(seen.size(), std::size(all_errors));
}

TEST(Error, MessageOverloadsAgree)
{
    char buffer[8];
    for (error e : all_errors) {
        int const ev = static_cast<int>(e);
        EXPECT_EQ(sfmodels::error_category().message(ev), sfmodels::error_category().message(ev, buffer, sizeof buffer));
    }
}

TEST(Error, UnknownValueHasGenericMessage)
{
    int const past_last = static_cast<int>(std::size(all_errors)) + 1;
    std::string const generic = sfmodels::error_category().message(past_last);
    EXPECT_FALSE(generic.empty());
    EXPECT_EQ(sfmodels::error_category().message(0), generic);
    EXPECT_EQ(sfmodels::error_category().message(-1), generic);
    EXPECT_EQ(sfmodels::error_category().message(1000), generic);
}

TEST(Error, EveryEnumeratorIsAFailure)
{
    for (error e : all_errors) {
        boost::system::error_code const ec = e;
        EXPECT_TRUE(ec.failed());
        EXPECT_TRUE(static_cast<bool>(ec));
        EXPECT_EQ(ec.value(), static_cast<int>(e));
    }
}

TEST(Error, ComparesWithItsEnumerators)
{
    boost::system::error_code const ec = error::bad_uuid;
    EXPECT_EQ(ec, error::bad_uuid);
    EXPECT_EQ(error::bad_uuid, ec);
    EXPECT_NE(ec, error::bad_timestamp);
    EXPECT_EQ(ec, sfmodels::make_error_code(error::bad_uuid));
    EXPECT_NE(ec, boost::system::error_code());
    for (error a : all_errors)
        for (error b : all_errors)
            EXPECT_EQ(sfmodels::make_error_code(a) == b, a == b);
}

TEST(Error, DiffersFromBoostJsonCodesOfTheSameValue)
{
    boost::system::error_code const ours = error::syntax;
    boost::system::error_code const theirs = boost::json::error::syntax;
    EXPECT_NE(ours, theirs);
    EXPECT_NE(ours, boost::json::error::syntax);
    EXPECT_NE(ours.category(), theirs.category());
}

TEST(Error, DiffersFromGenericErrnoCodes)
{
    boost::system::error_code const ec = error::syntax;
    EXPECT_NE(ec, boost::system::errc::make_error_code(boost::system::errc::operation_not_permitted));
    EXPECT_NE(ec.category(), boost::system::generic_category());
}

TEST(Error, ConvertsToStdErrorCode)
{
    std::error_code const std_ec = boost::system::error_code(error::too_deep);
    EXPECT_TRUE(static_cast<bool>(std_ec));
    EXPECT_EQ(std_ec.value(), static_cast<int>(error::too_deep));
    EXPECT_STREQ(std_ec.category().name(), "sfmodels");
    EXPECT_EQ(std_ec.message(), sfmodels::make_error_code(error::too_deep).message());
}

TEST(Error, WhatCarriesTheMessage)
{
    boost::system::error_code const ec = error::missing_member;
    EXPECT_NE(ec.what().find(ec.message()), std::string::npos) << ec.what();
    EXPECT_NE(ec.to_string().find("sfmodels"), std::string::npos) << ec.to_string();
}

} // namespace error_test
} // namespace
