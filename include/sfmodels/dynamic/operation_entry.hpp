#ifndef SFMODELS_DYNAMIC_OPERATION_ENTRY_HPP
#define SFMODELS_DYNAMIC_OPERATION_ENTRY_HPP

// An operation known by name at run time: what `sfmodels request` needs to
// build any request from NAME=VALUE text, without naming its C++ type. Bodies
// go through the type table (sfmodels/dynamic/type_table.hpp), which a
// program using these entries links.

#include <sfmodels/dynamic/type_entry.hpp>
#include <sfmodels/dynamic/type_table.hpp>
#include <sfmodels/rest/parse_request.hpp>
#include <sfmodels/rest/request.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sfmodels::dynamic {

/// A request built from text: what to send.
struct built_request
{
    std::string method;
    std::string target;                                        ///< path?query
    std::vector<std::pair<std::string, std::string>> headers;  ///< header parameters
    std::string body;                                          ///< the JSON body, empty if none
};

/// Why a request could not be built: the parameter's error, and for a body
/// that does not decode, the codec's account of why.
struct build_error
{
    rest::request_error error;
    std::string detail;

    explicit operator bool() const noexcept { return static_cast<bool>(error); }
    std::string message() const { return detail.empty() ? error.message() : detail; }
};

struct operation_entry
{
    std::string_view name;          ///< the operationId
    std::string_view method;
    std::string_view path;          ///< the path template
    std::string_view area;
    std::string_view api_version;
    build_error (*build)(std::span<rest::named_value const> parameters, built_request& out);
    /// type_key_of<response_type>() (sfmodels/dynamic/type_entry.hpp); nullptr for no_content
    void const* response_key;
    unsigned success_status;                 ///< as in rest::operation_info
    std::array<unsigned, 2> also_success;    ///< as in rest::operation_info
    /// a GET, or an operation with an OperationId: safe to send twice (sfmodels/client/retry.hpp)
    bool repeatable;

    /// Whether `status` is one the specification documents as a success.
    constexpr bool is_success(unsigned status) const noexcept
    {
        return rest::operation_info{name, method, path, api_version, success_status, also_success}.is_success(status);
    }
};

namespace detail {

// Reads and writes request bodies through the type table, where each model's
// codec is compiled once, rather than compiling it again for every operation.
struct type_table_body
{
    template<class T>
    rest::detail::verdict operator()(std::string_view json, std::optional<T>& out) const
    {
        type_entry const* e = find_type(type_key_of<T>());
        if (!e)
            return {rest::errc::invalid_parameter, "a body whose type the type table has"};
        if (e->decode(json, &out.emplace(), {})) {
            out.reset();
            return {rest::errc::invalid_parameter, "the JSON of the request body"};
        }
        return {};
    }
};

template<rest::operation Op>
build_error build(std::span<rest::named_value const> parameters, built_request& out)
{
    std::optional<Op> op;
    build_error e;
    if ((e.error = rest::parse_request<Op>(parameters, op, type_table_body{}))) {
        if constexpr (rest::has_body<Op>) {
            // a body that does not decode: say where, as the codec does
            using body_type = std::remove_cvref_t<decltype(*rest::body(std::declval<Op const&>()))>;
            type_entry const* t = find_type(type_key_of<body_type>());
            for (auto const& p : parameters)
                if (t && p.name == e.error.parameter && e.error.code == rest::errc::invalid_parameter) {
                    std::unique_ptr<void, void (*)(void*) noexcept> body(t->create(), t->destroy);
                    if (decode_result const r = t->decode(p.value, body.get(), {}))
                        e.detail = std::string(e.error.parameter) + ": " + e.error.code.message() + ": " + r.message();
                }
        }
        return e;
    }
    out = {};
    out.method = Op::info.method;
    out.target.resize(rest::target_size(*op));
    if (rest::target_result const t = rest::write_target(*op, out.target)) {
        e.error = t.error;
        return e;
    }
    rest::for_each_header(*op, [&](std::string_view n, std::string_view v) { out.headers.emplace_back(n, v); });
    if constexpr (rest::has_body<Op>)
        if (auto const* b = rest::body(*op)) {
            using body_type = std::remove_cvref_t<decltype(*b)>;
            type_entry const* t = find_type(type_key_of<body_type>());
            if (boost::system::error_code const ec = t ? t->encode(b, out.body) : boost::system::error_code{}) {
                e.error = {ec, "body", {}};
                e.detail = "cannot encode the body: " + ec.message();
            }
        }
    return e;
}

} // namespace detail

template<rest::operation Op>
constexpr operation_entry make_operation_entry(std::string_view area) noexcept
{
    using response = typename Op::response_type;
    void const* const key = std::is_same_v<response, rest::no_content> ? nullptr : type_key_of<response>();
    bool const repeatable = Op::info.method == std::string_view("GET") || requires { &Op::OperationId; };
    return {Op::info.name,  Op::info.method, Op::info.path,           area,
            Op::info.api_version, &detail::build<Op>, key, Op::info.success_status,
            Op::info.also_success, repeatable};
}

/// The entries of every operation in the mp_list List.
template<class List>
constexpr auto operation_entries_of(std::string_view area) noexcept
{
    std::array<operation_entry, boost::mp11::mp_size<List>::value> out{};
    std::size_t i = 0;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, List>>(
        [&](auto op) { out[i++] = make_operation_entry<typename decltype(op)::type>(area); });
    return out;
}

} // namespace sfmodels::dynamic

#endif
