// expect: every kind of a family must be a described struct
//
// A kind that Boost.Describe does not describe cannot be read or written.
#include <sfmodels/codec.hpp>

#include <boost/describe/class.hpp>

namespace demo {

struct Circle
{
    double Radius = 0;
};   // no BOOST_DESCRIBE_STRUCT

struct shapes;

} // namespace demo

template<>
struct sfmodels::family<demo::shapes>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<kind<demo::Circle, "Circle">>;
};

int main()
{
    sfmodels::one_of<demo::shapes> s;
    return sfmodels::decode("{}", s).ok() ? 0 : 1;
}
