#ifndef SFMODELS_CLIENT_TLS_OPTIONS_HPP
#define SFMODELS_CLIENT_TLS_OPTIONS_HPP

#include <string>
#include <string_view>

namespace sfmodels::client {

/** How a connection proves who it is and checks who the server is.

    The client certificate is what a secured cluster asks of an admin client:
    a PEM certificate (or chain) and its PEM private key, which may be
    encrypted with `key_password`.

    The server is checked in one of these ways; an https:// connection with
    none of them set is refused before anything is sent:

    - `server_thumbprint`: the SHA-1 (40 hex digits, as Service Fabric shows
      them) or SHA-256 (64) of the server certificate's DER encoding. The
      certificate is pinned: its chain is not checked, unless `ca_file` is
      also set. Spaces and colons are ignored, case does not matter.
    - `server_name`: the certificate must name it (subject alternative name,
      else common name), and its chain must verify against `ca_file` or, if
      that is empty, the system's trusted roots.
    - `ca_file` alone: the chain must verify against it, and the certificate
      must name the endpoint's host.

    A failed check fails the call with errc::server_verification_failed and a
    detail that says what the server presented; there is no fallback to an
    unverified connection.
*/
struct tls_options
{
    std::string certificate_file;   ///< PEM client certificate; empty: none
    std::string key_file;           ///< PEM private key of the client certificate
    std::string key_password;       ///< for an encrypted key_file

    std::string server_thumbprint;  ///< hex SHA-1 or SHA-256 of the server certificate
    std::string server_name;        ///< the name the server certificate must carry
    std::string ca_file;            ///< PEM bundle of trusted certificate authorities

    /// Whether any way of checking the server is set.
    bool verifies_server() const noexcept
    {
        return !server_thumbprint.empty() || !server_name.empty() || !ca_file.empty();
    }
};

/** The field of `options` that a command-line flag sets, or null for any other flag.

    The flags are the ones `sfmodels call` and the examples take: `--cert`,
    `--key`, `--key-password`, `--server-thumbprint`, `--server-name` and
    `--ca`, each followed by its value. One table, so that every program
    spells them alike.
*/
inline std::string* tls_option_field(tls_options& options, std::string_view flag) noexcept
{
    return flag == "--cert"                ? &options.certificate_file
           : flag == "--key"               ? &options.key_file
           : flag == "--key-password"      ? &options.key_password
           : flag == "--server-thumbprint" ? &options.server_thumbprint
           : flag == "--server-name"       ? &options.server_name
           : flag == "--ca"                ? &options.ca_file
                                           : nullptr;
}

} // namespace sfmodels::client

#endif
