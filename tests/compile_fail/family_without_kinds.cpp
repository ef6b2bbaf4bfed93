// expect: a family needs at least one kind
//
// A family must list the kinds it can hold.
#include <sfmodels/codec.hpp>

#include <boost/describe/class.hpp>

namespace demo {

struct Shape
{
    std::string Kind;
};
BOOST_DESCRIBE_STRUCT(Shape, (), (Kind))

} // namespace demo

template<>
struct sfmodels::family<demo::Shape>
{
    static constexpr std::string_view discriminator = "Kind";
    using kinds = boost::mp11::mp_list<>;
};

int main()
{
    sfmodels::one_of<demo::Shape> s;
    return sfmodels::decode("{}", s).ok() ? 0 : 1;
}
