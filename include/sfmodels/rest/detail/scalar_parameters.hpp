#ifndef SFMODELS_REST_DETAIL_SCALAR_PARAMETERS_HPP
#define SFMODELS_REST_DETAIL_SCALAR_PARAMETERS_HPP

// The parameter kinds the generated operations use beyond those of the fault
// and backup operations (parameter_traits.hpp): plain and bounded integers,
// date-times and header fields. Included by parameter_traits.hpp.

#include <sfmodels/detail/text/integer.hpp>
#include <sfmodels/detail/text/timestamp.hpp>
#include <sfmodels/rest/bounded_integer.hpp>
#include <sfmodels/rest/detail/static_text.hpp>
#include <sfmodels/rest/detail/target_writer.hpp>
#include <sfmodels/rest/header_value.hpp>
#include <sfmodels/rest/text_choice.hpp>
#include <sfmodels/timestamp.hpp>

#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace sfmodels::rest::detail {

// The decimal text of an integer parameter; Min and Max bound it.
template<std::signed_integral T, std::int64_t Min, std::int64_t Max>
struct integer_parameter
{
    static constexpr static_text range = [] {
        static_text t;
        if constexpr (Min <= std::numeric_limits<T>::min() && Max >= std::numeric_limits<T>::max())
            t += "a whole number";
        else if constexpr (Max >= std::numeric_limits<T>::max()) {
            t += Min;
            t += " or more";
        } else {
            t += Min;
            t += "..";
            t += Max;
        }
        return t;
    }();

    static verdict check(std::int64_t v) noexcept
    {
        return v >= Min && v <= Max ? verdict{} : verdict{errc::out_of_range_parameter, range.view()};
    }
    static void write(target_writer& out, std::int64_t v) noexcept { out.put_signed(v); }
    static verdict parse(std::string_view text, std::int64_t& out) noexcept
    {
        switch (sfmodels::detail::parse_int64(text, out)) {
        case sfmodels::detail::int_parse::ok: return check(out);
        case sfmodels::detail::int_parse::out_of_range: return {errc::out_of_range_parameter, range.view()};
        default: return {errc::invalid_parameter, range.view()};
        }
    }
};

// std::int32_t, std::int64_t: the bounds of the type.
template<class T>
    requires std::same_as<T, std::int32_t> || std::same_as<T, std::int64_t>
struct parameter_traits<T>
{
    using text = integer_parameter<T, std::numeric_limits<T>::min(), std::numeric_limits<T>::max()>;
    static verdict check(T) noexcept { return {}; }
    static void write(target_writer& out, T v) noexcept { text::write(out, v); }
    static verdict parse(std::string_view s, std::optional<T>& out) noexcept
    {
        std::int64_t v = 0;
        verdict const r = text::parse(s, v);
        if (r.code == errc{})
            out = static_cast<T>(v);
        return r;
    }
};

// MaxResults and the like: the bounds the specification gives.
template<class T, std::int64_t Min, std::int64_t Max>
struct parameter_traits<bounded_integer<T, Min, Max>>
{
    using type = bounded_integer<T, Min, Max>;
    using text = integer_parameter<T, (Min > std::numeric_limits<T>::min() ? Min : std::numeric_limits<T>::min()),
                                   (Max < std::numeric_limits<T>::max() ? Max : std::numeric_limits<T>::max())>;
    static verdict check(type v) noexcept { return text::check(v.value()); }
    static void write(target_writer& out, type v) noexcept { text::write(out, v.value()); }
    static verdict parse(std::string_view s, std::optional<type>& out) noexcept
    {
        std::int64_t v = 0;
        verdict const r = text::parse(s, v);
        if (r.code == errc{})
            out.emplace(static_cast<T>(v));
        return r;
    }
};

// StartDateTimeFilter and the like: ISO 8601 in UTC, as the codec writes it.
template<>
struct parameter_traits<timestamp>
{
    static constexpr std::string_view form = "a date-time such as 2024-05-01T12:00:00Z";
    static verdict check(timestamp t) noexcept
    {
        char text[sfmodels::detail::timestamp_text_max];
        return sfmodels::detail::format_timestamp(t, text) ? verdict{} : verdict{errc::out_of_range_parameter, form};
    }
    static void write(target_writer& out, timestamp t) noexcept
    {
        char text[sfmodels::detail::timestamp_text_max];
        if (char const* end = sfmodels::detail::format_timestamp(t, text))
            out.put_escaped(std::string_view(text, static_cast<std::size_t>(end - text)), escaping::component);
    }
    static verdict parse(std::string_view s, std::optional<timestamp>& out) noexcept
    {
        timestamp t{};
        if (!sfmodels::detail::parse_timestamp(s, t))
            return {errc::invalid_parameter, form};
        out = t;
        return check(t);
    }
};

// One of a fixed set of spellings, matched exactly.
template<fixed_string... Values>
struct parameter_traits<text_choice<Values...>>
{
    using type = text_choice<Values...>;
    static constexpr static_text choices = [] {
        static_text t;
        std::size_t i = 0;
        ((t += (i++ == 0 ? "" : i == sizeof...(Values) ? " or " : ", "), t += Values.view()), ...);
        return t;
    }();

    static verdict check(type const& v) noexcept
    {
        return v.valid() ? verdict{} : verdict{errc::invalid_parameter, choices.view()};
    }
    static void write(target_writer& out, type const& v) noexcept { out.put_escaped(v.value(), escaping::component); }
    static verdict parse(std::string_view text, std::optional<type>& out)
    {
        out.emplace(text);
        return check(*out);
    }
};

// A header field: any text; not written into the target.
template<>
struct parameter_traits<header_value>
{
    static verdict check(header_value const& v) noexcept
    {
        return v.value.empty() ? verdict{errc::invalid_parameter, "a non-empty header value"} : verdict{};
    }
    static verdict parse(std::string_view text, std::optional<header_value>& out)
    {
        out.emplace(std::string(text));
        return {};
    }
};

} // namespace sfmodels::rest::detail

#endif
