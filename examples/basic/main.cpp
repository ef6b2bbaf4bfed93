// Polls a fault operation the way a client would: every response is decoded
// into the same object (once it has held a response, decoding another of the
// same shape allocates nothing), and the final state is encoded into a buffer
// on the stack. It includes only the area header of the model it uses:
// sfmodels/models.hpp would bring in every definition of the specification.

#include <sfmodels/codec.hpp>
#include <sfmodels/models/faults.hpp>

#include <boost/uuid/uuid_io.hpp>

#include <array>
#include <cstdio>
#include <iostream>
#include <span>
#include <string_view>

namespace {

// What GET /Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/GetDataLossProgress
// might answer on successive calls.
constexpr std::string_view responses[] = {
    R"({"State":"Running"})",
    R"({"State":"Running","InvokeDataLossResult":null})",
    R"({
  "State": "Completed",
  "InvokeDataLossResult": {
    "ErrorCode": 0,
    "SelectedPartition": {
      "ServiceName": "fabric:/Shop/Carts",
      "PartitionId": "0F6B2C4E-81D3-4A5F-9C7E-2B4D6F8A1C3E"
    }
  }
})",
};

} // namespace

int main()
{
    sfmodels::PartitionDataLossProgress progress;

    for (std::string_view body : responses) {
        if (sfmodels::decode_result r = sfmodels::decode(body, progress)) {
            std::cerr << "bad response: " << r.message() << '\n';
            return 1;
        }
        if (!progress.State) {
            std::cerr << "response without a State\n";
            return 1;
        }
        std::cout << "state: " << progress.State->spelling() << '\n';
        if (*progress.State == sfmodels::OperationState::Completed)
            break;
    }

    if (!progress.State || *progress.State != sfmodels::OperationState::Completed) {
        std::cerr << "the operation did not complete\n";
        return 1;
    }
    if (progress.InvokeDataLossResult && progress.InvokeDataLossResult->SelectedPartition) {
        sfmodels::SelectedPartition const& p = *progress.InvokeDataLossResult->SelectedPartition;
        std::cout << "data loss done on " << p.ServiceName.value_or("?");
        if (p.PartitionId)
            std::cout << " partition " << *p.PartitionId;
        std::cout << '\n';
    }

    std::array<char, 256> buffer;
    sfmodels::encode_result const e = sfmodels::encode(progress, std::span<char>(buffer));
    if (e) {
        std::cerr << "cannot encode: " << e.code.message() << '\n';
        return 1;
    }
    std::cout << std::string_view(buffer.data(), e.size) << '\n';
}
