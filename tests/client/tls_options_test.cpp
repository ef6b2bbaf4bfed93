// The command-line flags that set a connection's TLS options, and when the
// options say how the server is checked.
#include <sfmodels/client/tls_options.hpp>

#include <gtest/gtest.h>

namespace {

using sfmodels::client::tls_option_field;
using sfmodels::client::tls_options;

TEST(TlsOptionsTest, EachFlagNamesItsOwnField)
{
    tls_options o;
    EXPECT_EQ(tls_option_field(o, "--cert"), &o.certificate_file);
    EXPECT_EQ(tls_option_field(o, "--key"), &o.key_file);
    EXPECT_EQ(tls_option_field(o, "--key-password"), &o.key_password);
    EXPECT_EQ(tls_option_field(o, "--server-thumbprint"), &o.server_thumbprint);
    EXPECT_EQ(tls_option_field(o, "--server-name"), &o.server_name);
    EXPECT_EQ(tls_option_field(o, "--ca"), &o.ca_file);
}

TEST(TlsOptionsTest, OtherFlagsNameNoField)
{
    tls_options o;
    for (char const* flag : {"--endpoint", "--timeout", "--insecure-http", "--CA", "--cert=x", "cert", "-key", ""})
        EXPECT_EQ(tls_option_field(o, flag), nullptr) << flag;
}

TEST(TlsOptionsTest, TheServerIsCheckedWhenAnyWayIsSet)
{
    tls_options o;
    o.certificate_file = "client.pem";
    o.key_file = "client.key";
    EXPECT_FALSE(o.verifies_server());
    for (char const* flag : {"--server-thumbprint", "--server-name", "--ca"}) {
        tls_options checked;
        *tls_option_field(checked, flag) = "x";
        EXPECT_TRUE(checked.verifies_server()) << flag;
    }
}

} // namespace
