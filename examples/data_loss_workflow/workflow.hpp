#ifndef SFMODELS_EXAMPLES_DATA_LOSS_WORKFLOW_WORKFLOW_HPP
#define SFMODELS_EXAMPLES_DATA_LOSS_WORKFLOW_WORKFLOW_HPP

// A complete data-loss workflow on sfmodels::rest: start the fault, poll its
// progress until a terminal state, cancel it if asked to, over one
// sfmodels::client connection (kept alive across the polls). main.cpp runs it
// against a cluster; tests/integration runs it against a loopback server.

#include <sfmodels/client.hpp>
#include <sfmodels/rest.hpp>

#include <boost/uuid/uuid_io.hpp>

#include <array>
#include <chrono>
#include <functional>
#include <ostream>
#include <string>
#include <thread>

namespace example {

namespace rest = sfmodels::rest;

namespace client = sfmodels::client;

/// Sends `op` and reads the answer into `response`; false, with `error` set, unless it succeeded.
template<rest::operation Op>
bool call(client::connection& c, Op const& op, rest::response<Op>& response, std::string& error,
          client::call_options const& options = {})
{
    if (client::call_error const e = client::call(c, op, response, options)) {
        // an invalid parameter's detail names the operation already
        error = e.code == client::errc::invalid_request ? e.detail : std::string(Op::info.name) + ": " + e.message();
        return false;
    }
    if (!response.ok())
        error = std::string(Op::info.name) + ": " + response.message();
    return response.ok();
}

struct workflow_options
{
    rest::service_id service;
    boost::uuids::uuid partition;
    boost::uuids::uuid operation_id;   ///< ties StartDataLoss to its progress and to CancelOperation
    sfmodels::DataLossMode mode = sfmodels::DataLossMode::PartialDataLoss;
    std::chrono::milliseconds poll_interval{1000};
    std::chrono::milliseconds deadline{std::chrono::minutes(10)};
    client::call_options call{};   ///< each request: its timeout and retries
    std::function<bool()> cancel_requested = [] { return false; };
};

enum class outcome { completed, faulted, cancelled, failed };

struct workflow_result
{
    outcome result = outcome::failed;
    std::string message;
    int polls = 0;
    sfmodels::PartitionDataLossProgress progress;   ///< the last progress read
};

inline workflow_result run_data_loss_workflow(client::connection& cluster, workflow_options const& o, std::ostream& log)
{
    workflow_result w;
    auto fail = [&](std::string message) {
        w.message = std::move(message);
        return w;
    };

    rest::StartDataLoss const start{
        .serviceId = o.service, .partitionId = o.partition, .OperationId = o.operation_id, .DataLossMode = o.mode};
    rest::response<rest::StartDataLoss> started;
    std::string error;
    if (!call(cluster, start, started, error, o.call))
        return fail(error);
    log << "started data loss " << o.operation_id << '\n';

    rest::GetDataLossProgress const poll{
        .serviceId = o.service, .partitionId = o.partition, .OperationId = o.operation_id};
    rest::response<rest::GetDataLossProgress> progress;   // reused: polls decode without allocating
    bool cancel_sent = false;
    auto const give_up = std::chrono::steady_clock::now() + o.deadline;
    for (;;) {
        if (!call(cluster, poll, progress, error, o.call))
            return fail(error);
        ++w.polls;
        auto const& state = progress.value().State;
        log << "state: " << (state ? state->spelling() : "(none)") << '\n';
        if (rest::is_terminal(state))
            break;

        auto const next = std::chrono::steady_clock::now() + o.poll_interval;
        while (std::chrono::steady_clock::now() < next && !(o.cancel_requested() && !cancel_sent))
            std::this_thread::sleep_for(std::min(o.poll_interval, std::chrono::milliseconds(20)));
        if (o.cancel_requested() && !cancel_sent) {
            rest::response<rest::CancelOperation> cancelled;
            if (!call(cluster, rest::CancelOperation{.OperationId = o.operation_id}, cancelled, error, o.call))
                return fail(error);
            log << "cancel requested\n";
            cancel_sent = true;
        }
        if (std::chrono::steady_clock::now() > give_up)
            return fail("no terminal state before the deadline");
    }

    w.progress = progress.value();
    auto const state = *w.progress.State->known();
    auto const& result = w.progress.InvokeDataLossResult;
    w.result = state == sfmodels::OperationState::Completed ? outcome::completed
               : state == sfmodels::OperationState::Faulted ? outcome::faulted
                                                             : outcome::cancelled;
    w.message = "data loss " + std::string(w.progress.State->spelling());
    if (result && result->ErrorCode)
        w.message += ", error code " + std::to_string(*result->ErrorCode);
    if (result && result->SelectedPartition && result->SelectedPartition->PartitionId)
        w.message += ", partition " + boost::uuids::to_string(*result->SelectedPartition->PartitionId) + " of " +
                     result->SelectedPartition->ServiceName.value_or("?");
    return w;
}

} // namespace example

#endif
