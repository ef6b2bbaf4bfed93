#include <sfmodels/sfmodels.hpp>
#include <sfmodels/version.hpp>

#include <cstdio>
#include <string>
#include <string_view>

int main() {
    constexpr std::string_view input =
        R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0,"SelectedPartition":)"
        R"({"ServiceName":"fabric:/app/svc","PartitionId":"1daae3f5-7fd6-42e9-b1ba-8c05f873994d"}}})";

    sfmodels::PartitionDataLossProgress progress;
    if (auto r = sfmodels::decode(input, progress)) {
        std::fprintf(stderr, "decode failed: %s\n", r.message().c_str());
        return 1;
    }
    std::string const out = sfmodels::to_json(progress);
    std::printf("sfmodels %s: %s\n", SFMODELS_VERSION_STRING, out.c_str());
    return out == input ? 0 : 1;
}
