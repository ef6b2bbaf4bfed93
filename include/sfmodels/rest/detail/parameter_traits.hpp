#ifndef SFMODELS_REST_DETAIL_PARAMETER_TRAITS_HPP
#define SFMODELS_REST_DETAIL_PARAMETER_TRAITS_HPP

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/reflect/members.hpp>
#include <sfmodels/detail/enum_table.hpp>
#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/uuid.hpp>
#include <sfmodels/rest/detail/static_text.hpp>
#include <sfmodels/rest/detail/target_writer.hpp>
#include <sfmodels/rest/duration.hpp>
#include <sfmodels/rest/error.hpp>
#include <sfmodels/rest/filters.hpp>
#include <sfmodels/rest/service_id.hpp>

#include <boost/uuid/uuid.hpp>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace sfmodels::rest::detail {

// What a parameter value is wrong with, and what the parameter accepts.
struct verdict
{
    errc code{};
    std::string_view expected;
};

// For each kind of parameter value: check() it, write() it into a target,
// and parse() it from text (sfmodels request NAME=VALUE, parse_request()).
template<class T> struct parameter_traits;

template<>
struct parameter_traits<service_id>
{
    static verdict check(service_id const& v) noexcept
    {
        errc const e = v.check();
        if (e == errc::not_a_fabric_name)
            return {e, "fabric:/application/service"};
        if (e != errc{})
            return {e, "a service id such as myapp~myservice, or a fabric: name"};
        return {};
    }
    static void write(target_writer& out, service_id const& v) noexcept
    {
        std::string_view s = v.source();
        if (!v.is_name())
            return out.put_escaped(s, escaping::segment);
        for (auto slash = s.find('/'); slash != std::string_view::npos; slash = s.find('/')) {
            out.put_escaped(s.substr(0, slash), escaping::segment);
            out.put('~');
            s.remove_prefix(slash + 1);
        }
        out.put_escaped(s, escaping::segment);
    }
    static verdict parse(std::string_view text, std::optional<service_id>& out)
    {
        out.emplace(text);
        return {};
    }
};

template<>
struct parameter_traits<boost::uuids::uuid>
{
    static verdict check(boost::uuids::uuid const&) noexcept { return {}; }
    static void write(target_writer& out, boost::uuids::uuid const& v) noexcept { out.put_uuid(v); }
    static verdict parse(std::string_view text, std::optional<boost::uuids::uuid>& out) noexcept
    {
        boost::uuids::uuid u{};
        if (!sfmodels::detail::parse_uuid(text, u))
            return {errc::invalid_parameter, "a uuid, 8-4-4-4-12 hexadecimal digits"};
        out = u;
        return {};
    }
};

// An enum parameter (the modes of the Start* operations, NodeStatusFilter, ...):
// any enumerator but one spelled Invalid.
template<sfmodels::detail::described_enum E>
    requires(!operation_filter<E>)
struct parameter_traits<E>
{
    using table = sfmodels::detail::enum_table<E>;
    static constexpr static_text choices = enumerator_list<E>("Invalid");

    static verdict check(E v) noexcept
    {
        auto const i = static_cast<std::size_t>(v);
        if (i >= table::size() || table::name(v) == "Invalid")
            return {errc::invalid_parameter, choices.view()};
        return {};
    }
    static void write(target_writer& out, E v) noexcept { out.put(table::name(v)); }
    static verdict parse(std::string_view text, std::optional<E>& out) noexcept
    {
        auto const e = table::find(text);
        if (!e || table::name(*e) == "Invalid")
            return {errc::invalid_parameter, choices.view()};
        out = *e;
        return {};
    }
};

template<operation_filter F>
struct parameter_traits<F>
{
    static constexpr static_text choices = [] {
        static_text t;
        t += "All (65535), or flags joined by |:";
        char const* separator = " ";
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<F>>([&](auto d) {
            if (d.value == F::All)
                return;
            t += separator;
            separator = ", ";
            t += d.name;
            t += " (";
            t += static_cast<std::int64_t>(d.value);
            t += ")";
        });
        return t;
    }();

    static verdict check(F v) noexcept
    {
        return is_valid(v) ? verdict{} : verdict{errc::out_of_range_parameter, choices.view()};
    }
    static void write(target_writer& out, F v) noexcept { out.put_number(static_cast<std::uint16_t>(v)); }

    // A number (decimal, or hexadecimal after 0x) or flag names joined by |.
    static verdict parse(std::string_view text, std::optional<F>& out) noexcept
    {
        std::uint64_t bits = 0;
        int const base = text.starts_with("0x") || text.starts_with("0X") ? 16 : 10;
        std::string_view const digits = base == 16 ? text.substr(2) : text;
        auto const [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), bits, base);
        if (!digits.empty() && ec == std::errc{} && end == digits.data() + digits.size()) {
            if (bits > 0xFFFF)
                return {errc::out_of_range_parameter, choices.view()};
        } else if (ec == std::errc::result_out_of_range)
            return {errc::out_of_range_parameter, choices.view()};
        else {
            bits = 0;
            for (std::string_view rest = text;;) {
                auto const bar = rest.find('|');
                bool found = false;
                boost::mp11::mp_for_each<boost::describe::describe_enumerators<F>>([&](auto d) {
                    if (sfmodels::detail::iequals(d.name, rest.substr(0, bar))) {
                        bits |= static_cast<std::uint16_t>(d.value);
                        found = true;
                    }
                });
                if (!found)
                    return {errc::invalid_parameter, choices.view()};
                if (bar == std::string_view::npos)
                    break;
                rest.remove_prefix(bar + 1);
            }
        }
        out = static_cast<F>(bits);
        return {};
    }
};

template<class D, std::int64_t Min, std::int64_t Max>
struct parameter_traits<bounded_duration<D, Min, Max>>
{
    using type = bounded_duration<D, Min, Max>;
    static constexpr static_text range = [] {
        static_text t;
        t += Min;
        if constexpr (Max == unbounded)
            t += " or more";
        else {
            t += "..";
            t += Max;
        }
        t += std::same_as<D, std::chrono::minutes> ? " minutes" : " seconds";
        return t;
    }();

    static verdict check(type v) noexcept
    {
        return v.in_range() ? verdict{} : verdict{errc::out_of_range_parameter, range.view()};
    }
    static void write(target_writer& out, type v) noexcept
    {
        out.put_signed(v.count());   // negative never, once checked
    }
    static verdict parse(std::string_view text, std::optional<type>& out) noexcept
    {
        std::int64_t n = 0;
        switch (sfmodels::detail::parse_int64(text, n)) {
        case sfmodels::detail::int_parse::ok: out.emplace(D(n)); return {};
        case sfmodels::detail::int_parse::out_of_range: return {errc::out_of_range_parameter, range.view()};
        default: return {errc::invalid_parameter, range.view()};
        }
    }
};

template<>
struct parameter_traits<bool>
{
    static verdict check(bool) noexcept { return {}; }
    static void write(target_writer& out, bool v) noexcept { out.put(v ? "true" : "false"); }
    static verdict parse(std::string_view text, std::optional<bool>& out) noexcept
    {
        if (sfmodels::detail::iequals(text, "true"))
            out = true;
        else if (sfmodels::detail::iequals(text, "false"))
            out = false;
        else
            return {errc::invalid_parameter, "true or false"};
        return {};
    }
};

// NodeInstanceId: a 64-bit unsigned number, sent as its decimal text.
template<>
struct parameter_traits<std::uint64_t>
{
    static verdict check(std::uint64_t) noexcept { return {}; }
    static void write(target_writer& out, std::uint64_t v) noexcept { out.put_number(v); }
    static verdict parse(std::string_view text, std::optional<std::uint64_t>& out) noexcept
    {
        std::uint64_t v = 0;
        auto const [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec == std::errc::result_out_of_range)
            return {errc::out_of_range_parameter, "0..18446744073709551615"};
        if (text.empty() || ec != std::errc{} || end != text.data() + text.size())
            return {errc::invalid_parameter, "a decimal number"};
        out = v;
        return {};
    }
};

// nodeName: any non-empty text, percent-encoded.
template<>
struct parameter_traits<std::string>
{
    static verdict check(std::string const& v) noexcept
    {
        return v.empty() ? verdict{errc::invalid_parameter, "a non-empty name"} : verdict{};
    }
    static void write(target_writer& out, std::string const& v) noexcept { out.put_escaped(v, escaping::component); }
    static verdict parse(std::string_view text, std::optional<std::string>& out)
    {
        out.emplace(text);
        return {};
    }
};

} // namespace sfmodels::rest::detail

#include <sfmodels/rest/detail/scalar_parameters.hpp>

namespace sfmodels::rest::detail {

template<class T> struct is_vector : std::false_type {};
template<class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};

// What a request body can be: a model's struct, an array of them, or a family.
template<class T>
concept body_type = sfmodels::detail::described_struct<T> || is_vector<T>::value || sfmodels::detail::polymorphic<T>;

// A request body: not part of the target; parsed from its JSON text.
template<body_type T>
struct parameter_traits<T>
{
    static verdict check(T const&) noexcept { return {}; }
    static verdict parse(std::string_view text, std::optional<T>& out)
    {
        if (sfmodels::decode(text, out.emplace()))
            return {errc::invalid_parameter, "the JSON of the request body"};
        return {};
    }
};

template<class T>
inline constexpr bool is_body = body_type<T>;

} // namespace sfmodels::rest::detail

#endif
