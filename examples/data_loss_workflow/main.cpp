// Runs a data-loss fault on one partition of a Service Fabric cluster:
// StartDataLoss, then GetDataLossProgress once a second until the operation
// ends. Ctrl-C cancels the operation (CancelOperation) and waits for the
// cluster to confirm.
//
//   data_loss_workflow [TLS OPTIONS] URL SERVICE PARTITION_ID [PartialDataLoss|FullDataLoss]
//
//   TLS OPTIONS: --cert FILE --key FILE [--key-password P]
//                --server-thumbprint HEX | --server-name NAME | --ca FILE
//                --insecure-http (an http:// URL, a cluster that is not secured)
//
// URL is https://host[:port] (port 19080 by default, the cluster's HTTP
// gateway). SERVICE is a service name (fabric:/app/svc) or id (app~svc).
// Exit status: 0 when the data loss completed, 1 when it faulted, was
// cancelled or failed, 2 on bad arguments.

#include "workflow.hpp"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/string_generator.hpp>

#include <atomic>
#include <csignal>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void on_interrupt(int) { interrupted = true; }

int usage(std::string const& why)
{
    std::cerr << "data_loss_workflow: " << why << "\n"
              << "usage: data_loss_workflow [--cert F --key F [--key-password P]] [--server-thumbprint X | "
                 "--server-name N | --ca F] [--insecure-http]\n"
              << "                          URL SERVICE PARTITION_ID [PartialDataLoss|FullDataLoss]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    example::client::connection_options tls;
    std::vector<std::string_view> positional;
    for (int i = 1; i < argc; ++i) {
        std::string_view const a = argv[i];
        if (a == "--insecure-http") {
            tls.allow_insecure_http = true;
            continue;
        }
        if (!a.starts_with("--")) {
            positional.push_back(a);
            continue;
        }
        std::string* const value = example::client::tls_option_field(tls.tls, a);
        if (!value || i + 1 == argc)
            return usage(value ? std::string(a) + " needs a value" : "unknown option " + std::string(a));
        *value = argv[++i];
    }
    if (positional.size() < 3 || positional.size() > 4)
        return usage("expected 3 or 4 arguments");

    boost::uuids::uuid partition{};
    try {
        partition = boost::uuids::string_generator()(std::string(positional[2]));
    } catch (std::exception const&) {
        return usage("PARTITION_ID is not a uuid");
    }

    example::workflow_options options{
        .service = positional[1],
        .partition = partition,
        .operation_id = boost::uuids::random_generator()(),
        .cancel_requested = [] { return interrupted.load(); },
    };
    options.call.timeout = std::chrono::seconds(30);
    if (positional.size() == 4) {
        auto const mode = sfmodels::open_enum<sfmodels::DataLossMode>(positional[3]).known();
        if (!mode || *mode == sfmodels::DataLossMode::Invalid)
            return usage("the mode is PartialDataLoss or FullDataLoss");
        options.mode = *mode;
    }

    example::client::connection cluster;
    if (example::client::call_error const e = cluster.open(positional[0], tls))
        return usage(e.message());
    std::signal(SIGINT, on_interrupt);
    example::workflow_result const r = example::run_data_loss_workflow(cluster, options, std::cout);
    if (r.result == example::outcome::failed) {
        std::cerr << "error: " << r.message << '\n';
        return 1;
    }
    std::cout << r.message << '\n';
    return r.result == example::outcome::completed ? 0 : 1;
}
