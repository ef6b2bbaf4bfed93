// Runs one command against a loopback HTTPS cluster for the `sfmodels call`
// tests: makes the test certificates (tests/client/certificates.hpp), starts
// the server (tests/client/tls_server.hpp, a client certificate required),
// runs PROGRAM with {url}, {ca}, {cert}, {key}, {key_encrypted}, {password},
// {sha1} and {wrong_cert}, {wrong_key} replaced in its arguments, and exits
// with its status. Without the openssl command it prints "SKIP: ..." and
// exits 77.
//
//   sfmodels_cli_call_server -- PROGRAM [ARGUMENT...]
//
// The cluster answers GetClusterManifest, a FabricError for the node
// "missing", a 503 to any POST, and 404 E_INVALIDARG to anything else.

#include "certificates.hpp"
#include "tls_server.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

namespace {

using sfmodels::test::tls_server;

std::optional<tls_server::reply> cluster(tls_server::request const& q)
{
    if (q.method == "POST")
        return tls_server::reply{503, R"({"Error":{"Code":"FABRIC_E_SERVICE_OFFLINE","Message":"busy"}})"};
    if (q.target.starts_with("/$/GetClusterManifest?"))
        return tls_server::reply{.status = 200, .body = R"({ "Manifest" : "<ClusterManifest/>" })", .chunk = 4};
    if (q.target.starts_with("/Nodes/missing?"))
        return tls_server::reply{404, R"({"Error":{"Code":"FABRIC_E_NODE_NOT_FOUND","Message":"no node"}})"};
    return tls_server::reply{404, R"({"Error":{"Code":"E_INVALIDARG","Message":"no such route"}})"};
}

void replace_all(std::string& s, std::string_view from, std::string const& to)
{
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3 || std::string_view(argv[1]) != "--") {
        std::fprintf(stderr, "usage: sfmodels_cli_call_server -- PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    if (!sfmodels::test::has_openssl_command()) {
        std::printf("SKIP: no openssl command to make the test certificates with\n");
        return 77;
    }
    auto const& c = sfmodels::test::test_certificates();
    if (!c.ok()) {
        std::fprintf(stderr, "call_server: %s\n", c.error.c_str());
        return 1;
    }
    tls_server server({c.server_cert, c.server_key, c.ca}, cluster);

    std::vector<std::string> args(argv + 2, argv + argc);
    for (auto& a : args) {
        replace_all(a, "{url}", "https://127.0.0.1:" + server.port());
        replace_all(a, "{ca}", c.ca);
        replace_all(a, "{cert}", c.client_cert);
        replace_all(a, "{key}", c.client_key);
        replace_all(a, "{key_encrypted}", c.client_key_encrypted);
        replace_all(a, "{password}", c.password);
        replace_all(a, "{sha1}", c.server_sha1);
        replace_all(a, "{wrong_cert}", c.wrong_client_cert);
        replace_all(a, "{wrong_key}", c.wrong_client_key);
    }
    std::vector<char*> child_argv;
    for (auto& a : args)
        child_argv.push_back(a.data());
    child_argv.push_back(nullptr);
    pid_t pid = 0;
    if (int const e = posix_spawn(&pid, child_argv[0], nullptr, nullptr, child_argv.data(), environ)) {
        std::fprintf(stderr, "call_server: cannot run %s: %s\n", child_argv[0], std::strerror(e));
        return 1;
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
        std::fprintf(stderr, "call_server: %s did not exit normally\n", child_argv[0]);
        return 1;
    }
    return WEXITSTATUS(status);
}
