// expect: enumerator spellings must need no escape
//
// The encoder copies an enumerator's spelling between quotes as it is, so
// every spelling must be printable ASCII without '"' or '\': Café is not.
#include <sfmodels/codec.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>

namespace demo {

enum class Drink { Tea, Café };
BOOST_DESCRIBE_ENUM(Drink, Tea, Café)

struct Order
{
    sfmodels::open_enum<Drink> Kind;
};
BOOST_DESCRIBE_STRUCT(Order, (), (Kind))

} // namespace demo

int main()
{
    std::string out;
    return sfmodels::encode(demo::Order{demo::Drink::Tea}, out).failed() ? 1 : 0;
}
