// expect: the kinds of a family need distinct, non-empty wire values
//
// Two kinds of one family written with the same wire value (kinds match
// case-insensitively, so "Circle" and "circle" are the same value).
#include <sfmodels/codec.hpp>

#include <boost/describe/class.hpp>

namespace demo {

struct Shape
{
    std::string Kind;
};
BOOST_DESCRIBE_STRUCT(Shape, (), (Kind))

struct Circle : Shape
{
    double Radius = 0;
};
BOOST_DESCRIBE_STRUCT(Circle, (Shape), (Radius))

struct Disc : Shape
{
    double Radius = 0;
};
BOOST_DESCRIBE_STRUCT(Disc, (Shape), (Radius))

} // namespace demo

template<>
struct sfmodels::family<demo::Shape>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<kind<demo::Circle, "Circle">, kind<demo::Disc, "circle">>;
};

int main()
{
    sfmodels::one_of<demo::Shape> s;
    return sfmodels::decode("{}", s).ok() ? 0 : 1;
}
