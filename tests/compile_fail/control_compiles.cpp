// Positive control: this must compile with the same command line as the
// cases beside it, so that a wrong include path or a missing Boost cannot
// make every case "fail as expected". Min/Max names that share their length
// and their first, middle and last bytes, decoded through the public API.
#include <sfmodels/codec.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string_view>

namespace demo {

struct Scaling
{
    int MinInstanceCount = 0;
    int MaxInstanceCount = 0;
    std::optional<int> ScaleIncrement;
    std::optional<int> MinPartitionCount;
    std::optional<int> MaxPartitionCount;
};
BOOST_DESCRIBE_STRUCT(Scaling, (),
                      (MinInstanceCount, MaxInstanceCount, ScaleIncrement, MinPartitionCount, MaxPartitionCount))

} // namespace demo

int main()
{
    std::string_view const json = R"({"MaxInstanceCount":5,"MinInstanceCount":1,"ScaleIncrement":2})";
    demo::Scaling s;
    auto const r = sfmodels::decode(json, s);
    return r.ok() ? 0 : 1;
}
