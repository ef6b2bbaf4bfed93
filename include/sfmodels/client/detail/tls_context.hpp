#ifndef SFMODELS_CLIENT_DETAIL_TLS_CONTEXT_HPP
#define SFMODELS_CLIENT_DETAIL_TLS_CONTEXT_HPP

// The OpenSSL context of a connection: the client certificate, and the
// checks of the server certificate that tls_options asks for.

#include <sfmodels/client/error.hpp>
#include <sfmodels/client/tls_options.hpp>
#include <sfmodels/client/detail/thumbprint.hpp>

#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/ssl/verify_context.hpp>

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

#include <memory>
#include <string>

namespace sfmodels::client::detail {

namespace ssl = boost::asio::ssl;

/// What the verify callback found wrong, for the call's error detail.
struct verification
{
    std::string expected_thumbprint;   // normalized
    std::string expected_name;         // server_name, else the endpoint's host
    bool check_chain = true;
    std::string failure;
};

inline std::string openssl_reason()
{
    unsigned long const e = ERR_get_error();
    ERR_clear_error();
    char buffer[256] = {};
    ERR_error_string_n(e, buffer, sizeof buffer);
    return e ? buffer : "unknown OpenSSL error";
}

/// Makes the context for `tls`, or a call_error saying what would not load.
/// `v` must outlive the context: the verify callback writes to it.
inline call_error make_tls_context(tls_options const& tls, std::string const& host, verification& v,
                                   std::unique_ptr<ssl::context>& out)
{
    auto fail = [](std::string why) { return call_error{errc::bad_tls_options, std::move(why), 0}; };
    if (!tls.verifies_server())
        return fail("no way to verify the server: give a server thumbprint, a server name or a CA file");
    v = {};
    if (!tls.server_thumbprint.empty()) {
        v.expected_thumbprint = normalize_thumbprint(tls.server_thumbprint);
        if (v.expected_thumbprint.size() != 40 && v.expected_thumbprint.size() != 64)
            return fail("server thumbprint '" + tls.server_thumbprint + "' is not 40 (SHA-1) or 64 (SHA-256) hex digits");
        v.check_chain = !tls.ca_file.empty();
    }
    v.expected_name = tls.server_name.empty() && v.expected_thumbprint.empty() ? host : tls.server_name;

    auto ctx = std::make_unique<ssl::context>(ssl::context::tls_client);
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                     ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    boost::system::error_code ec;
    if (tls.certificate_file.empty() != tls.key_file.empty())
        return fail("a client certificate needs both its certificate file and its key file");
    if (!tls.certificate_file.empty()) {
        ctx->set_password_callback([p = tls.key_password](std::size_t, ssl::context::password_purpose) { return p; });
        if (ctx->use_certificate_chain_file(tls.certificate_file, ec))
            return fail("cannot load client certificate " + tls.certificate_file + ": " + openssl_reason());
        if (ctx->use_private_key_file(tls.key_file, ssl::context::pem, ec))
            return fail("cannot load client key " + tls.key_file + " (wrong password?): " + openssl_reason());
        if (SSL_CTX_check_private_key(ctx->native_handle()) != 1)
            return fail("client key " + tls.key_file + " does not match certificate " + tls.certificate_file);
    }
    if (!tls.ca_file.empty()) {
        if (ctx->load_verify_file(tls.ca_file, ec))
            return fail("cannot load CA file " + tls.ca_file + ": " + openssl_reason());
    } else if (v.check_chain && ctx->set_default_verify_paths(ec))
        return fail("cannot load the system's trusted roots: " + ec.message());

    ctx->set_verify_mode(ssl::verify_peer);
    ctx->set_verify_callback([&v](bool preverified, ssl::verify_context& vc) {
        X509_STORE_CTX* const sc = vc.native_handle();
        int const depth = X509_STORE_CTX_get_error_depth(sc);
        X509* const cert = X509_STORE_CTX_get_current_cert(sc);
        if (!preverified && v.check_chain) {
            if (v.failure.empty())
                v.failure = std::string("server certificate chain does not verify: ") +
                            X509_verify_cert_error_string(X509_STORE_CTX_get_error(sc)) + " (at CN=" +
                            common_name(cert) + ", depth " + std::to_string(depth) + ")";
            return false;
        }
        if (depth > 0)
            return true;   // the leaf decides what is not the chain's business
        if (!v.expected_thumbprint.empty() && !has_thumbprint(cert, v.expected_thumbprint)) {
            v.failure = "server certificate thumbprint " + thumbprint(cert, v.expected_thumbprint.size() == 64) +
                        " (CN=" + common_name(cert) + ") does not match expected " + v.expected_thumbprint;
            return false;
        }
        if (!v.expected_name.empty() && !ssl::host_name_verification(v.expected_name)(true, vc)) {
            v.failure = "server certificate CN=" + common_name(cert) + " does not name expected " + v.expected_name;
            return false;
        }
        return true;
    });
    out = std::move(ctx);
    return {};
}

} // namespace sfmodels::client::detail

#endif
