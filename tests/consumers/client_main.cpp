// The client component of an installed sfmodels: sfmodels/client.hpp
// compiles and links against OpenSSL, and refuses what it must refuse
// before connecting anywhere.
#include <sfmodels/client.hpp>

#include <cstdio>

int main()
{
    namespace client = sfmodels::client;
    client::connection c;
    client::call_error const unverified = c.open("https://127.0.0.1:19080", {});
    client::call_error const plain = c.open("http://127.0.0.1:19080", {});
    client::connection_options allowed;
    allowed.allow_insecure_http = true;
    client::call_error const plain_allowed = c.open("http://127.0.0.1:19080", allowed);
    if (unverified.code != client::errc::bad_tls_options || plain.code != client::errc::insecure_http_not_allowed ||
        plain_allowed) {
        std::fprintf(stderr, "unexpected: %s / %s / %s\n", unverified.message().c_str(), plain.message().c_str(),
                     plain_allowed.message().c_str());
        return 1;
    }
    std::printf("client: %s\n", unverified.message().c_str());
    return 0;
}
