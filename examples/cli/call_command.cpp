#include "commands.hpp"

#include <sfmodels/client/call.hpp>
#include <sfmodels/dynamic/operation_table.hpp>
#include <sfmodels/dynamic/type_table.hpp>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sfmodels_cli {
namespace {

namespace client = sfmodels::client;
namespace dynamic = sfmodels::dynamic;
namespace rest = sfmodels::rest;

exit_status fail(std::string_view what)
{
    std::fprintf(stderr, "error: %.*s\n", int(what.size()), what.data());
    return exit_status::failure;
}

exit_status print(std::string text)
{
    text += '\n';
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        return fail(std::string("cannot write standard output: ") + std::strerror(errno));
    return exit_status::success;
}

struct value_deleter
{
    dynamic::type_entry const* type;
    void operator()(void* v) const noexcept { type->destroy(v); }
};

// Decodes `body` as `type` through the type table and encodes it again:
// what `sfmodels decode` prints. Empty on failure, with `why` set.
std::string reencode(dynamic::type_entry const& type, std::string_view body, std::string& why)
{
    std::unique_ptr<void, value_deleter> const value(type.create(), value_deleter{&type});
    if (sfmodels::decode_result const r = type.decode(body, value.get(), {})) {
        why = r.message();
        return {};
    }
    std::string json;
    if (boost::system::error_code const ec = type.encode(value.get(), json))
        why = "cannot encode " + std::string(type.name) + ": " + ec.message();
    return json;
}

// What the cluster answered: the success body re-encoded, or its FabricError.
exit_status report(dynamic::operation_entry const& op, client::text_response const& r)
{
    std::string const status = "HTTP " + std::to_string(r.status);
    bool const blank = r.body.find_first_not_of(" \t\r\n") == std::string::npos;
    std::string why;
    if (op.is_success(r.status)) {
        if (!op.response_key || (blank && r.status != op.success_status))
            return exit_status::success;   // nothing to print: the operation's success has no body
        dynamic::type_entry const* type = dynamic::find_type(op.response_key);
        if (!type)
            return print(r.body);   // not in the type table: the body as it came
        std::string json = reencode(*type, r.body, why);
        return why.empty() ? print(std::move(json)) : fail(status + ": response body does not decode: " + why);
    }
    dynamic::type_entry const* error_type = dynamic::find_type("FabricError");
    std::string const json = error_type ? reencode(*error_type, r.body, why) : r.body;
    if (!why.empty())
        return fail(status + ": error response body is not a FabricError: " + why);
    return fail(status + ": " + json);
}

exit_status run_call(std::span<char const* const> args)
{
    if (args.empty())
        return usage_error("call needs an OPERATION (`sfmodels operations` lists them)");
    dynamic::operation_entry const* const op = dynamic::find_operation(args[0]);
    if (!op)
        return usage_error("unknown OPERATION '" + std::string(args[0]) + "' (`sfmodels operations` lists them)");

    std::string url;
    client::connection_options options;
    client::call_options call;
    std::vector<rest::named_value> params;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string_view const a = args[i];
        if (a == "--insecure-http") {
            options.allow_insecure_http = true;
            continue;
        }
        if (a.starts_with("--")) {
            std::string* const target = a == "--endpoint" ? &url : client::tls_option_field(options.tls, a);
            if (!target && a != "--timeout")
                return usage_error("unknown option '" + std::string(a) + "'");
            if (i + 1 == args.size())
                return usage_error(std::string(a) + " needs a value");
            std::string_view const value = args[++i];
            if (target) {
                *target = value;
                continue;
            }
            unsigned seconds = 0;
            auto const [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
            if (ec != std::errc{} || end != value.data() + value.size() || seconds == 0 || seconds > 86400)
                return usage_error("--timeout takes 1 to 86400 seconds");
            call.timeout = std::chrono::seconds(seconds);
            continue;
        }
        auto const eq = a.find('=');
        if (eq == std::string_view::npos || eq == 0)
            return fail("'" + std::string(a) + "' is not NAME=VALUE");
        params.push_back({a.substr(0, eq), a.substr(eq + 1)});
    }
    if (url.empty())
        return usage_error("call needs --endpoint URL");

    client::connection c;
    if (client::call_error const e = c.open(url, options)) {
        if (e.code == client::errc::insecure_http_not_allowed)
            return usage_error("'" + url + "' is plain HTTP, which takes --insecure-http");
        if (e.code == client::errc::bad_tls_options && options.tls.verifies_server())
            return fail(e.message());   // a file that does not load: not a usage error
        return usage_error(e.message());
    }
    dynamic::built_request request;
    if (dynamic::build_error const e = op->build(params, request))
        return fail(e.message());
    client::text_response response;
    if (client::call_error const e = client::call_text(c, request.method, request.target, request.headers,
                                                       request.body, op->repeatable, response, call))
        return fail(std::string(op->name) + ": " + e.message());
    return report(*op, response);
}

} // namespace

command const call_command{
    "call",
    "OPERATION --endpoint URL [--cert FILE --key FILE [--key-password P]]\n"
    "      [--server-thumbprint HEX | --server-name NAME | --ca FILE] [--insecure-http]\n"
    "      [--timeout SECONDS] [NAME=VALUE...]",
    "send any REST operation (parameters as for `request`) to a cluster and print the\n"
    "response body re-encoded as compact JSON, or the FabricError with its HTTP status\n"
    "(exit 1); https:// with the server checked by thumbprint, name or CA; http://\n"
    "only with --insecure-http; GETs and operations with an OperationId are retried",
    run_call,
};

} // namespace sfmodels_cli
