#ifndef SFMODELS_CODEC_DETAIL_SCALAR_QUOTED_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_QUOTED_HPP

#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/quoted.hpp>

namespace sfmodels::detail {

/// sfmodels::quoted<T>: read as T is, written as T's text inside quotes.
template<class T>
    requires scalar<T>
struct scalar_codec<quoted<T>>
{
    using inner = scalar_codec<T>;
    static constexpr bool from_string = true;
    static constexpr bool from_number = inner::from_number;
    static constexpr bool quoted = true;
    static constexpr std::size_t max_size = inner::max_size;

    static error parse(std::string_view s, sfmodels::quoted<T>& v) noexcept { return inner::parse(s, v.value); }

    template<class Number>
    static error number(Number const& n, sfmodels::quoted<T>& v) noexcept
    {
        return inner::number(n, v.value);
    }

    static char* format(sfmodels::quoted<T> const& v, char* out) noexcept { return inner::format(v.value, out); }
};

} // namespace sfmodels::detail

#endif
