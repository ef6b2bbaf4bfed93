// expect: enumerators must be 0\.\.N-1 in declaration order
//
// A described enum read by name needs the values 0, 1, ..., N-1 in the
// order the enumerators are declared: Blue = 4 leaves a gap.
#include <sfmodels/detail/enum_table.hpp>

#include <boost/describe/enum.hpp>

namespace demo {

enum class Colour { Red, Green, Blue = 4 };
BOOST_DESCRIBE_ENUM(Colour, Red, Green, Blue)

} // namespace demo

int main()
{
    return static_cast<int>(sfmodels::detail::enum_table<demo::Colour>::size());
}
