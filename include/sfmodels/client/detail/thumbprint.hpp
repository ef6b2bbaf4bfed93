#ifndef SFMODELS_CLIENT_DETAIL_THUMBPRINT_HPP
#define SFMODELS_CLIENT_DETAIL_THUMBPRINT_HPP

// Certificate thumbprints as Service Fabric writes them: the hash of the
// certificate's DER encoding in upper-case hex.

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <string>
#include <string_view>

namespace sfmodels::client::detail {

/// The upper-case hex digits of `text` with spaces and colons dropped, or
/// an empty string if anything else is in it.
inline std::string normalize_thumbprint(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == ':')
            continue;
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return {};
        out += c;
    }
    return out;
}

/// The SHA-1 (`sha256` false) or SHA-256 thumbprint of `cert`, upper-case hex; empty on failure.
inline std::string thumbprint(X509* cert, bool sha256)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!cert || X509_digest(cert, sha256 ? EVP_sha256() : EVP_sha1(), digest, &size) != 1)
        return {};
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out(2 * size, '0');
    for (unsigned int i = 0; i < size; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 15];
    }
    return out;
}

/// Whether `cert` has the thumbprint `expected` (normalized: 40 or 64 hex digits).
inline bool has_thumbprint(X509* cert, std::string const& expected)
{
    return !expected.empty() && thumbprint(cert, expected.size() == 64) == expected;
}

/// The certificate's subject common name, or "(none)".
inline std::string common_name(X509* cert)
{
    char buffer[256] = {};
    X509_NAME* const name = cert ? X509_get_subject_name(cert) : nullptr;
    if (!name || X509_NAME_get_text_by_NID(name, NID_commonName, buffer, sizeof buffer) < 0)
        return "(none)";
    return buffer;
}

} // namespace sfmodels::client::detail

#endif
