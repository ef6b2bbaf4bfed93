#ifndef SFMODELS_CODEC_DETAIL_SCALAR_SCALAR_CODEC_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_SCALAR_CODEC_HPP

#include <sfmodels/codec/error.hpp>

#include <cstddef>

namespace sfmodels::detail {

/** How a scalar kind reads from and writes to JSON: the one description every
    path of the codec (the fast reader, the basic_parser handler, both writers,
    value_from and value_to) derives a scalar's behaviour from. A new kind is
    one specialization, in one file under codec/detail/scalar/:

    @code
    template<> struct scalar_codec<T> {
        static constexpr bool from_string;   // a JSON string is read by parse()
        static constexpr bool from_number;   // a JSON number is read by number()
        static constexpr bool quoted;        // format() is written inside quotes
        static constexpr std::size_t max_size;             // the longest text format() writes
        static error parse(std::string_view text, T& v);   // the string's unescaped text
        static error number(number_token const& n, T& v);
        static char* format(T const& v, char* out) noexcept;   // nullptr: not representable
    };
    @endcode

    Anything format() writes needs no escaping. A JSON type the kind does not
    read is error::wrong_type.
*/
template<class T>
struct scalar_codec
{
    static constexpr bool from_string = false;
    static constexpr bool from_number = false;
};

template<class T>
concept scalar = scalar_codec<T>::from_string || scalar_codec<T>::from_number;

} // namespace sfmodels::detail

#endif
