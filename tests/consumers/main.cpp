#include <sfmodels/sfmodels.hpp>

#include <cstdio>
#include <string>
#include <string_view>

int main() {
    constexpr std::string_view input =
        R"({"State":"Completed","InvokeDataLossResult":{"ErrorCode":0,"SelectedPartition":)"
        R"({"ServiceName":"fabric:/app/svc","PartitionId":"1daae3f5-7fd6-42e9-b1ba-8c05f873994d"}}})";

    sfmodels::PartitionDataLossProgress p;
    auto r = sfmodels::decode(input, p);
    if (r) {
        std::fprintf(stderr, "decode failed: %s\n", r.message().c_str());
        return 1;
    }

    std::string out = sfmodels::to_json(p);
    std::printf("%s\n", out.c_str());
    if (out != input) {
        std::fprintf(stderr, "round trip mismatch, expected:\n%.*s\n",
                     static_cast<int>(input.size()), input.data());
        return 1;
    }
    return 0;
}
