#ifndef SFMODELS_REST_REQUEST_HPP
#define SFMODELS_REST_REQUEST_HPP

#include <sfmodels/codec/encode.hpp>
#include <sfmodels/rest/detail/parameter_traits.hpp>
#include <sfmodels/rest/error.hpp>
#include <sfmodels/rest/required.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <span>
#include <string>
#include <string_view>

namespace sfmodels::rest {

/// The success value of an operation whose success response has no body.
struct no_content
{
    bool operator==(no_content const&) const = default;
};

/// What identifies an operation of the specification and how it is called.
struct operation_info
{
    std::string_view name;          ///< the operationId, e.g. "StartDataLoss"
    std::string_view method;        ///< "GET" or "POST"
    std::string_view path;          ///< the path template; {member} stands for a path parameter
    std::string_view api_version;   ///< the api-version query value
    unsigned success_status;        ///< the success status whose body is the response_type (or the first one)
    std::array<unsigned, 2> also_success{};   ///< further success statuses (0: none), e.g. 204 without a body

    /// Whether `status` is one the specification documents as a success.
    constexpr bool is_success(unsigned status) const noexcept
    {
        return status == success_status || (status != 0 && (status == also_success[0] || status == also_success[1]));
    }
};

/** An operation of the Service Fabric REST API: a described aggregate whose
    members are its parameters, named as in the specification, with a static
    `operation_info info` and a `response_type` (a model, or no_content).

    Members named in the path template are path parameters. The others are
    query parameters, written after `api-version` in declaration order (empty
    optionals left out), except a described struct, which is the request body.
*/
template<class Op>
concept operation = sfmodels::detail::described_struct<Op> && requires {
    { Op::info } -> std::convertible_to<operation_info>;
    typename Op::response_type;
};

namespace detail {

template<class T> struct value_of { using type = T; };
template<class T> struct value_of<required<T>> { using type = T; };
template<class T> struct value_of<std::optional<T>> { using type = T; };

template<class D>
using parameter_type = typename value_of<sfmodels::detail::member_type<D>>::type;

// The value of a parameter, or nullptr for an empty optional.
template<class M>
constexpr auto const* value_ptr(M const& m) noexcept
{
    if constexpr (sfmodels::detail::is_optional<M>::value)
        return m ? &*m : nullptr;
    else if constexpr (is_required<M>::value)
        return &m.get();
    else
        return &m;
}

template<class Op, class D>
constexpr bool in_path() noexcept
{
    std::string_view const p = Op::info.path, n = D::name;
    for (auto i = p.find('{'); i != std::string_view::npos; i = p.find('{', i + 1))
        if (p.substr(i + 1, n.size()) == n && p.substr(i + 1 + n.size(), 1) == "}")
            return true;
    return false;
}

// Every {placeholder} of the path names a member.
template<class Op>
constexpr bool path_parameters_exist() noexcept
{
    std::size_t placeholders = 0, members = 0;
    for (char c : Op::info.path)
        placeholders += c == '{';
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) { members += in_path<Op, decltype(d)>(); });
    return placeholders == members;
}

template<class D>
inline constexpr bool in_header = std::same_as<parameter_type<D>, header_value>;

template<class Op, class D>
inline constexpr bool in_query = !in_path<Op, D>() && !is_body<parameter_type<D>> && !in_header<D>;

template<class Op>
void write_path_parameter(target_writer& out, Op const& op, std::string_view name) noexcept
{
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) {
        using D = decltype(d);
        if constexpr (in_path<Op, D>())
            if (name == D::name)
                parameter_traits<parameter_type<D>>::write(out, *value_ptr(op.*D::pointer));
    });
}

template<class Op>
void write_target(target_writer& out, Op const& op) noexcept
{
    static_assert(path_parameters_exist<Op>(), "a {placeholder} of the path is not a member");
    std::string_view path = Op::info.path;
    for (auto open = path.find('{'); open != std::string_view::npos; open = path.find('{')) {
        auto const close = path.find('}', open);
        out.put(path.substr(0, open));
        write_path_parameter(out, op, path.substr(open + 1, close - open - 1));
        path.remove_prefix(close + 1);
    }
    out.put(path);
    out.put("?api-version=");
    out.put(Op::info.api_version);
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) {
        using D = decltype(d);
        if constexpr (in_query<Op, D>)
            if (auto const* v = value_ptr(op.*D::pointer)) {
                out.put('&');
                out.put(std::string_view(D::name));
                out.put('=');
                parameter_traits<parameter_type<D>>::write(out, *v);
            }
    });
}

} // namespace detail

/// The first parameter of `op` whose value is out of bounds or malformed.
template<operation Op>
request_error validate(Op const& op) noexcept
{
    request_error r;
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) {
        using D = decltype(d);
        if (r)
            return;
        if (auto const* v = detail::value_ptr(op.*D::pointer))
            if (auto const e = detail::parameter_traits<detail::parameter_type<D>>::check(*v); e.code != errc{})
                r = {e.code, D::name, e.expected};
    });
    return r;
}

/// Calls f(name, value) for each header parameter of `op` that is set
/// (UploadFileChunk's Content-Range): the fields to send beside the target.
template<operation Op, class F>
void for_each_header(Op const& op, F&& f)
{
    boost::mp11::mp_for_each<sfmodels::detail::members_of<Op>>([&](auto d) {
        using D = decltype(d);
        if constexpr (detail::in_header<D>)
            if (auto const* v = detail::value_ptr(op.*D::pointer))
                f(std::string_view(D::name), std::string_view(v->value));
    });
}

/// A request target written by write_target(): a view of the caller's buffer.
struct target_result
{
    std::string_view target;
    request_error error;
    std::size_t needed = 0;   ///< the target's size, also when it did not fit

    bool ok() const noexcept { return error.ok(); }
    explicit operator bool() const noexcept { return !ok(); }
};

/** Validates `op`, then writes its request target, `path?query`, into
    `buffer` without allocating. Fails with the first invalid parameter, or
    errc::buffer_too_small (with `needed` set); `buffer` is never written past
    its end.
*/
template<operation Op>
target_result write_target(Op const& op, std::span<char> buffer) noexcept
{
    target_result r;
    if ((r.error = validate(op)))
        return r;
    detail::target_writer out(buffer);
    detail::write_target(out, op);
    r.needed = out.needed();
    if (out.overflow())
        r.error = {errc::buffer_too_small, {}, {}};
    else
        r.target = out.text();
    return r;
}

/// The exact size of the target of `op` (of a valid one: nothing is validated).
template<operation Op>
std::size_t target_size(Op const& op) noexcept
{
    detail::target_writer out({});
    detail::write_target(out, op);
    return out.needed();
}

namespace detail {

template<class Op>
struct body_member
{
    using members = sfmodels::detail::members_of<Op>;
    template<class D> using is_body_d = std::bool_constant<is_body<parameter_type<D>>>;
    static constexpr std::size_t index = boost::mp11::mp_find_if<members, is_body_d>::value;
    static constexpr bool exists = index < boost::mp11::mp_size<members>::value;
};

} // namespace detail

/// Whether an operation can send a request body.
template<operation Op>
inline constexpr bool has_body = detail::body_member<Op>::exists;

/// The request body of `op`, or nullptr if there is none to send.
template<operation Op>
    requires has_body<Op>
auto const* body(Op const& op) noexcept
{
    using D = boost::mp11::mp_at_c<sfmodels::detail::members_of<Op>, detail::body_member<Op>::index>;
    return detail::value_ptr(op.*D::pointer);
}

/// Encodes the body of `op` into `buffer` with the codec; size 0 if there is no body to send.
template<operation Op>
encode_result encode_body(Op const& op, std::span<char> buffer) noexcept
{
    if constexpr (has_body<Op>)
        if (auto const* b = body(op))
            return sfmodels::encode(*b, buffer);
    return {};
}

/// Encodes the body of `op` into `out`, reusing its capacity; `out` is left empty if there is no body to send.
template<operation Op>
boost::system::error_code encode_body(Op const& op, std::string& out)
{
    out.clear();
    if constexpr (has_body<Op>)
        if (auto const* b = body(op))
            return sfmodels::encode(*b, out);
    return {};
}

} // namespace sfmodels::rest

#endif
