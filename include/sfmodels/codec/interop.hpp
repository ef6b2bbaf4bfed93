#ifndef SFMODELS_CODEC_INTEROP_HPP
#define SFMODELS_CODEC_INTEROP_HPP

#include <sfmodels/codec/detail/value_build.hpp>
#include <sfmodels/codec/detail/value_walk.hpp>

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

namespace sfmodels {

/** boost::json::value_from(v) for every model: the value that encode() writes.

    Throws boost::system::system_error for a timestamp outside years 0000-9999.
*/
template<detail::described_struct T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& v)
{
    detail::to_value(jv, v);
}

/** boost::json::try_value_to<T>(jv) (and value_to, which throws) for every
    model, by the same rules as decode(); failures carry sfmodels::error codes.
*/
template<detail::described_struct T>
boost::json::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv)
{
    T out{};
    if (error e = detail::from_value(jv, out); e != error{})
        return make_error_code(e);
    return out;
}

// Boost.JSON converts any std::variant itself; these more constrained
// overloads take over for discriminated ones.

template<class... Ts>
    requires discriminated_variant<std::variant<Ts...>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, std::variant<Ts...> const& v)
{
    detail::to_value(jv, v);
}

template<class... Ts>
    requires discriminated_variant<std::variant<Ts...>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, std::variant<Ts...>&& v)
{
    detail::to_value(jv, v);
}

template<class... Ts>
    requires discriminated_variant<std::variant<Ts...>>
boost::json::result<std::variant<Ts...>> tag_invoke(boost::json::try_value_to_tag<std::variant<Ts...>>,
                                                     boost::json::value const& jv)
{
    std::variant<Ts...> out;
    if (error e = detail::from_value(jv, out); e != error{})
        return make_error_code(e);
    return out;
}

} // namespace sfmodels

#endif
