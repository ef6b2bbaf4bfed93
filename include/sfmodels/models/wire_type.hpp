#ifndef SFMODELS_MODELS_WIRE_TYPE_HPP
#define SFMODELS_MODELS_WIRE_TYPE_HPP

#include <sfmodels/codec/polymorphic.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>

namespace sfmodels {

/// A model together with its definition's name in the specification: the
/// entries of the type lists each area header declares.
template<class T, fixed_string Name>
struct wire_type
{
    using type = T;
    static constexpr std::string_view name = Name.view();
};

/// Calls f(wire_type<T, Name>{}) for the entry of List named `name`; returns
/// false if there is none. It compiles f for every entry of List: give it a
/// short list (an area's) where compile time matters.
template<class List, class F>
bool visit_wire_type(std::string_view name, F&& f)
{
    bool found = false;
    boost::mp11::mp_for_each<List>([&](auto w) {
        if (!found && w.name == name) {
            found = true;
            f(w);
        }
    });
    return found;
}

} // namespace sfmodels

#endif
