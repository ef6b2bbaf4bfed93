#ifndef SFMODELS_REST_PARSE_REQUEST_HPP
#define SFMODELS_REST_PARSE_REQUEST_HPP

#include <sfmodels/rest/request.hpp>

#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/bind.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>

namespace sfmodels::rest {

/// A parameter given as text: `name` as in the specification, `value` as in a URL
/// (before percent-encoding), or the JSON of a request body.
struct named_value
{
    std::string_view name;
    std::string_view value;
};

namespace detail {

template<class D>
using given_value = std::optional<parameter_type<D>>;

template<class Op>
inline constexpr static_text parameter_names = [] {
    static_text t;
    std::size_t i = 0;
    constexpr std::size_t n = sfmodels::detail::member_count<Op>;
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) {
        if (i != 0)
            t += i + 1 == n ? " or " : ", ";
        t += d.name;
        ++i;
    });
    return t;
}();

template<class Op>
inline constexpr std::size_t required_count = [] {
    std::size_t n = 0;
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>(
        [&](auto d) { n += is_required<sfmodels::detail::member_type<decltype(d)>>::value; });
    return n;
}();

template<class Op>
constexpr bool required_first() noexcept
{
    std::size_t i = 0;
    bool ok = true;
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) {
        ok = ok && (is_required<sfmodels::detail::member_type<decltype(d)>>::value == (i < required_count<Op>));
        ++i;
    });
    return ok;
}

template<class Op, class Values, std::size_t... I>
Op make_with_required(Values& v, std::index_sequence<I...>)
{
    return Op{std::move(*std::get<I>(v))...};
}

} // namespace detail

/// How parse_request() reads a request body by default: with the codec, compiled for the body's type.
struct codec_body_parser
{
    template<class T>
    detail::verdict operator()(std::string_view json, std::optional<T>& out) const
    {
        return detail::parameter_traits<T>::parse(json, out);
    }
};

/** Builds an operation from parameters given as text, then validates it.

    Names are the specification's (serviceId, OperationId, timeout, ...),
    matched exactly. Values take the forms of the query string: uuids,
    enumerator names (any case), whole numbers of the parameter's unit,
    true/false, filters as a number or flag names joined by `|`; serviceId
    takes an id or a `fabric:` name, a body its JSON. On failure `out` is
    left empty and the error names the parameter. `parse_body(json, body)`
    reads a body (a `std::optional<T>&` to fill); the default decodes it with
    the codec (sfmodels::dynamic's operation table passes one that uses the
    type table, so that the body's codec is not compiled again).
*/
template<operation Op, class BodyParser = codec_body_parser>
request_error parse_request(std::span<named_value const> parameters, std::optional<Op>& out,
                            BodyParser const& parse_body = {})
{
    using members = sfmodels::detail::members_of<Op>;
    static_assert(detail::required_first<Op>(), "required parameters must come first");
    boost::mp11::mp_rename<boost::mp11::mp_transform<detail::given_value, members>, std::tuple> given;

    out.reset();
    for (named_value const& p : parameters) {
        request_error r{make_error_code(errc::unknown_parameter), p.name, detail::parameter_names<Op>.view()};
        boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<members>>>([&](auto i) {
            using D = boost::mp11::mp_at<members, decltype(i)>;
            if (p.name != D::name)
                return;
            auto& slot = std::get<i>(given);
            if (slot) {
                r = {make_error_code(errc::invalid_parameter), D::name, "the parameter given once"};
                return;
            }
            detail::verdict v;
            if constexpr (detail::is_body<detail::parameter_type<D>>)
                v = parse_body(p.value, slot);
            else
                v = detail::parameter_traits<detail::parameter_type<D>>::parse(p.value, slot);
            r = v.code == errc{} ? request_error{} : request_error{make_error_code(v.code), D::name, v.expected};
        });
        if (r)
            return r;
    }

    request_error missing;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<detail::required_count<Op>>>([&](auto i) {
        using D = boost::mp11::mp_at<members, decltype(i)>;
        if (!missing && !std::get<i>(given))
            missing = {make_error_code(errc::missing_parameter), D::name, {}};
    });
    if (missing)
        return missing;

    Op op = detail::make_with_required<Op>(given, std::make_index_sequence<detail::required_count<Op>>());
    boost::mp11::mp_for_each<boost::mp11::mp_iota<boost::mp11::mp_size<members>>>([&](auto i) {
        using D = boost::mp11::mp_at<members, decltype(i)>;
        if constexpr (i >= detail::required_count<Op>)
            if (auto& v = std::get<i>(given))
                op.*D::pointer = std::move(*v);
    });
    if (request_error r = validate(op))
        return r;
    out.emplace(std::move(op));
    return {};
}

} // namespace sfmodels::rest

#endif
