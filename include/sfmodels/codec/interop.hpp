#ifndef SFMODELS_CODEC_INTEROP_HPP
#define SFMODELS_CODEC_INTEROP_HPP

#include <sfmodels/codec/detail/value/build.hpp>
#include <sfmodels/codec/detail/value/walk.hpp>

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

/// value_from for a discriminated family: {"<discriminator>":"<kind>", members...}.
template<detail::polymorphic V>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, V const& v)
{
    detail::to_value(jv, v);
}

/// try_value_to for a discriminated family, by the same rules as decode().
template<detail::polymorphic V>
boost::json::result<V> tag_invoke(boost::json::try_value_to_tag<V>, boost::json::value const& jv)
{
    V out;
    if (error e = detail::from_value(jv, out); e != error{})
        return make_error_code(e);
    return out;
}

} // namespace sfmodels

#endif
