// Runs a data-loss fault on one partition of a Service Fabric cluster over
// HTTP: StartDataLoss, then GetDataLossProgress once a second until the
// operation ends. Ctrl-C cancels the operation (CancelOperation) and waits
// for the cluster to confirm.
//
//   data_loss_workflow HOST[:PORT] SERVICE PARTITION_ID [PartialDataLoss|FullDataLoss]
//
// SERVICE is a service name (fabric:/app/svc) or id (app~svc); PORT defaults
// to 19080, the cluster's HTTP gateway. Exit status: 0 when the data loss
// completed, 1 when it faulted, was cancelled or failed, 2 on bad arguments.

#include "workflow.hpp"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/string_generator.hpp>

#include <atomic>
#include <csignal>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

namespace {

std::atomic<bool> interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

extern "C" void on_interrupt(int) { interrupted = true; }

int usage(char const* why)
{
    std::cerr << "data_loss_workflow: " << why << "\n"
              << "usage: data_loss_workflow HOST[:PORT] SERVICE PARTITION_ID [PartialDataLoss|FullDataLoss]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4 || argc > 5)
        return usage("expected 3 or 4 arguments");

    std::string_view const address = argv[1];
    auto const colon = address.rfind(':');
    std::string const host(address.substr(0, colon));
    std::string const port(colon == std::string_view::npos ? "19080" : address.substr(colon + 1));

    boost::uuids::uuid partition{};
    try {
        partition = boost::uuids::string_generator()(argv[3]);
    } catch (std::exception const&) {
        return usage("PARTITION_ID is not a uuid");
    }

    example::workflow_options options{
        .service = argv[2],
        .partition = partition,
        .operation_id = boost::uuids::random_generator()(),
        .cancel_requested = [] { return interrupted.load(); },
    };
    if (argc == 5) {
        auto const mode = sfmodels::open_enum<sfmodels::DataLossMode>(argv[4]).known();
        if (!mode || *mode == sfmodels::DataLossMode::Invalid)
            return usage("the mode is PartialDataLoss or FullDataLoss");
        options.mode = *mode;
    }

    std::signal(SIGINT, on_interrupt);
    example::http_client http(host, port, std::chrono::seconds(30));
    example::workflow_result const r = example::run_data_loss_workflow(http, options, std::cout);
    if (r.result == example::outcome::failed) {
        std::cerr << "error: " << r.message << '\n';
        return 1;
    }
    std::cout << r.message << '\n';
    return r.result == example::outcome::completed ? 0 : 1;
}
