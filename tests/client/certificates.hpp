#ifndef SFMODELS_TESTS_CLIENT_CERTIFICATES_HPP
#define SFMODELS_TESTS_CLIENT_CERTIFICATES_HPP

// Certificates for the client tests, made once per process with the openssl
// command in a fresh temporary directory: a CA, a server certificate for
// CN=localhost (and 127.0.0.1) that it signs, a client certificate it signs,
// the same client key encrypted, and a client certificate from another CA.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sfmodels::test {

struct certificates
{
    std::string dir;
    std::string ca, server_cert, server_key;
    std::string client_cert, client_key, client_key_encrypted;
    std::string wrong_client_cert, wrong_client_key;
    std::string server_sha1, server_sha256;   ///< as `openssl x509 -fingerprint` prints them
    std::string password = "s3cret pass";
    std::string error;                        ///< why they could not be made; empty if they were

    bool ok() const { return error.empty(); }
};

inline bool has_openssl_command()
{
    return std::system("openssl version >/dev/null 2>&1") == 0;
}

inline std::string read_fingerprint(std::string const& file)
{
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    auto const eq = line.find('=');
    return eq == std::string::npos ? std::string() : line.substr(eq + 1);
}

inline certificates make_certificates()
{
    certificates c;
    char pattern[] = "/tmp/sfmodels-client-test-XXXXXX";
    if (!mkdtemp(pattern)) {
        c.error = "cannot make a temporary directory";
        return c;
    }
    c.dir = pattern;
    auto const at = [&](char const* name) { return c.dir + "/" + name; };
    std::string const ec = " -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    std::ostringstream script;
    script << "set -e; cd '" << c.dir << "'\n"
           << "printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\n' > server.ext\n"
           << "openssl req -x509" << ec << " -keyout ca.key -out ca.pem -days 2 -subj /CN=sfmodels-test-ca\n"
           << "openssl req" << ec << " -keyout server.key -out server.csr -subj /CN=localhost\n"
           << "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2"
           << " -extfile server.ext -out server.pem\n"
           << "openssl req" << ec << " -keyout client.key -out client.csr -subj /CN=sfmodels-test-client\n"
           << "openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out client.pem\n"
           << "openssl pkey -in client.key -aes256 -passout 'pass:" << c.password << "' -out client-encrypted.key\n"
           << "openssl req -x509" << ec << " -keyout other-ca.key -out other-ca.pem -days 2 -subj /CN=other-ca\n"
           << "openssl req" << ec << " -keyout wrong.key -out wrong.csr -subj /CN=sfmodels-test-client\n"
           << "openssl x509 -req -in wrong.csr -CA other-ca.pem -CAkey other-ca.key -CAcreateserial -days 2"
           << " -out wrong.pem\n"
           << "openssl x509 -in server.pem -noout -fingerprint -sha1 > server.sha1\n"
           << "openssl x509 -in server.pem -noout -fingerprint -sha256 > server.sha256\n";
    std::ofstream(at("make.sh")) << script.str();
    std::string const command = "sh '" + at("make.sh") + "' > '" + at("make.log") + "' 2>&1";
    if (std::system(command.c_str()) != 0) {
        c.error = "openssl failed; see " + at("make.log");
        return c;
    }
    c.ca = at("ca.pem");
    c.server_cert = at("server.pem");
    c.server_key = at("server.key");
    c.client_cert = at("client.pem");
    c.client_key = at("client.key");
    c.client_key_encrypted = at("client-encrypted.key");
    c.wrong_client_cert = at("wrong.pem");
    c.wrong_client_key = at("wrong.key");
    c.server_sha1 = read_fingerprint(at("server.sha1"));
    c.server_sha256 = read_fingerprint(at("server.sha256"));
    if (c.server_sha1.empty() || c.server_sha256.empty())
        c.error = "no fingerprint from openssl";
    return c;
}

/// The certificates of this process, made at the first call; their
/// directory is removed when the process exits.
inline certificates const& test_certificates()
{
    static certificates const c = make_certificates();
    static struct remover
    {
        std::string dir;
        ~remover()
        {
            std::error_code ignored;
            if (!dir.empty())
                std::filesystem::remove_all(dir, ignored);
        }
    } const remove_at_exit{c.dir};
    return c;
}

} // namespace sfmodels::test

#endif
