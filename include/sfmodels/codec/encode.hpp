#ifndef SFMODELS_CODEC_ENCODE_HPP
#define SFMODELS_CODEC_ENCODE_HPP

#include <sfmodels/codec/detail/write/checked.hpp>
#include <sfmodels/codec/detail/write/fast.hpp>
#include <sfmodels/codec/detail/write/sinks.hpp>
#include <sfmodels/codec/error.hpp>

#include <boost/system/system_error.hpp>

#include <span>
#include <string>

namespace sfmodels {

/// The outcome of an encode: the bytes written, or why nothing usable was.
struct encode_result
{
    std::size_t size = 0;
    boost::system::error_code code;

    bool ok() const noexcept { return !code.failed(); }
    explicit operator bool() const noexcept { return code.failed(); }
};

/** Writes `v` as compact JSON into `buffer` without allocating.

    Absent members are left out and members come in the specification's
    order. A buffer that is too small gives error::buffer_too_small and is
    never written past its end; its contents are then unspecified.
*/
template<class T>
encode_result encode(T const& v, std::span<char> buffer) noexcept;

namespace detail {

// encode() where the fast writer declined: the checked writer, from scratch.
template<class T>
SFMODELS_FAST_COLD encode_result encode_checked(T const& v, std::span<char> buffer) noexcept
{
    buffer_sink out(buffer.data(), buffer.data() + buffer.size());
    error const e = write_value(out, v);
    if (e != error{})
        return {0, e};
    if (out.full())
        return {0, error::buffer_too_small};
    return {out.size(), {}};
}

} // namespace detail

template<class T>
encode_result encode(T const& v, std::span<char> buffer) noexcept
{
    // unchecked writes while there is room (each writer is given at least
    // its `room`); anything else goes the checked way
    if (buffer.size() >= detail::fast::writer<T>::room)
        if (char* const e = detail::fast::writer<T>::write(buffer.data(), buffer.data() + buffer.size(), v))
            return {static_cast<std::size_t>(e - buffer.data()), {}};
    return detail::encode_checked(v, buffer);
}

/// The exact number of bytes encode() writes for `v`.
template<class T>
encode_result encoded_size(T const& v) noexcept
{
    detail::counting_sink out;
    error const e = detail::write_value(out, v);
    if (e != error{})
        return {0, e};
    return {out.size(), {}};
}

/// Encodes `v` into `out`, reusing its capacity.
template<class T>
boost::system::error_code encode(T const& v, std::string& out)
{
    encode_result n = encoded_size(v);
    if (n)
        return n.code;
    out.resize(n.size);
    return encode(v, std::span<char>(out.data(), out.size())).code;
}

/// Encodes `v` into a new string; throws boost::system::system_error if it cannot be encoded.
template<class T>
std::string to_json(T const& v)
{
    std::string s;
    if (auto ec = encode(v, s))
        throw boost::system::system_error(ec, "sfmodels::to_json");
    return s;
}

} // namespace sfmodels

#endif
