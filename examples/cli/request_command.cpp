#include "commands.hpp"

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/rest.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sfmodels_cli {
namespace {

namespace rest = sfmodels::rest;

exit_status fail(std::string_view what)
{
    std::fprintf(stderr, "error: %.*s\n", int(what.size()), what.data());
    return exit_status::failure;
}

std::string operation_names()
{
    std::string names;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, rest::operations>>([&](auto op) {
        names += names.empty() ? "" : ", ";
        names += decltype(op)::type::info.name;
    });
    return names;
}

// The codec's own account of a request body that does not decode.
template<class Op>
std::string body_error(std::vector<rest::named_value> const& params, rest::request_error const& e)
{
    if constexpr (rest::has_body<Op>) {
        using body_type = std::remove_cvref_t<decltype(*rest::body(std::declval<Op const&>()))>;
        for (auto const& p : params)
            if (p.name == e.parameter && e.code == rest::errc::invalid_parameter) {
                body_type body{};
                if (sfmodels::decode_result const r = sfmodels::decode(p.value, body))
                    return std::string(e.parameter) + ": " + e.code.message() + ": " + r.message();
            }
    }
    return e.message();
}

template<class Op>
exit_status print_request(std::vector<rest::named_value> const& params)
{
    std::optional<Op> op;
    if (rest::request_error const e = rest::parse_request<Op>(params, op))
        return fail(body_error<Op>(params, e));

    std::string out(Op::info.method);
    out += ' ';
    out.resize(out.size() + rest::target_size(*op));
    rest::target_result const t = rest::write_target(*op, std::span<char>(out).subspan(Op::info.method.size() + 1));
    if (t)
        return fail(t.error.message());
    out += '\n';
    std::string body;
    if (boost::system::error_code ec = rest::encode_body(*op, body))
        return fail("cannot encode the body: " + ec.message());
    if (!body.empty())
        out += body + '\n';
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0)
        return fail(std::string("cannot write standard output: ") + std::strerror(errno));
    return exit_status::success;
}

exit_status run_request(std::span<char const* const> args)
{
    if (args.empty())
        return usage_error("request needs an OPERATION: " + operation_names());
    std::vector<rest::named_value> params;
    for (std::string_view a : args.subspan(1)) {
        auto const eq = a.find('=');
        if (eq == std::string_view::npos || eq == 0)
            return fail("'" + std::string(a) + "' is not NAME=VALUE");
        params.push_back({a.substr(0, eq), a.substr(eq + 1)});
    }
    exit_status status = exit_status::success;
    if (!rest::visit_operation(args[0], [&](auto op) { status = print_request<typename decltype(op)::type>(params); }))
        return usage_error("unknown OPERATION '" + std::string(args[0]) + "' (the operations are " +
                           operation_names() + ")");
    return status;
}

} // namespace

command const request_command{
    "request",
    "OPERATION [NAME=VALUE...]",
    "print the HTTP request line (METHOD target) of a REST operation, and its JSON body\n"
    "if it has one; NAMEs as in the specification (serviceId, partitionId, OperationId,\n"
    "DataLossMode, timeout, ...), serviceId as an id or a fabric: name",
    run_request,
};

} // namespace sfmodels_cli
