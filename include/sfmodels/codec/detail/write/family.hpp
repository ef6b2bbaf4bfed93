#ifndef SFMODELS_CODEC_DETAIL_WRITE_FAMILY_HPP
#define SFMODELS_CODEC_DETAIL_WRITE_FAMILY_HPP

// The fast writer of a family (a discriminated union): its head, then the
// alternative's members through struct_writer. Included by write/fast.hpp,
// after struct_writer.

#include <sfmodels/codec/detail/types/family.hpp>
#include <sfmodels/codec/detail/write/fast.hpp>
#include <sfmodels/codec/detail/write/strings.hpp>

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace sfmodels::detail::fast {

// {"<discriminator>":"<value>" for alternative I of family V, whose value is
// known at compile time (plain: it needs no escape, as the API's all do).
template<class V, std::size_t I>
struct family_head
{
    using traits = family_traits<V>;
    static constexpr std::string_view name = traits::discriminator;
    static constexpr std::string_view value = traits::values[I];
    static constexpr std::size_t size = name.size() + value.size() + 6;
    static constexpr bool plain = [] {
        for (char c : value)
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
                return false;
        return true;
    }();
    static constexpr std::array<char, size> text = [] {
        std::array<char, size> a{};
        std::size_t k = 0;
        a[k++] = '{';
        a[k++] = '"';
        for (char c : name)
            a[k++] = c;
        a[k++] = '"';
        a[k++] = ':';
        a[k++] = '"';
        for (char c : value)
            a[k++] = c;
        a[k++] = '"';
        return a;
    }();
};

// A family: {"<discriminator>":"<kind>", then the alternative's other members}.
// The head is one copy of a literal, except for an open family's base, whose
// kind is whatever its discriminator member holds.
template<polymorphic V>
struct writer<V>
{
    using traits = family_traits<V>;
    static constexpr std::size_t room = 2;

    static char* write_dynamic_head(char* p, char* end, V const& v) noexcept
    {
        constexpr std::string_view name = traits::discriminator;
        if (end - p < static_cast<std::ptrdiff_t>(name.size() + 4))
            return nullptr;
        *p++ = '{';
        *p++ = '"';
        std::memcpy(p, name.data(), name.size());
        p += name.size();
        *p++ = '"';
        *p++ = ':';
        return write_string(p, end, traits::kind_of(v));
    }

    template<std::size_t I>
    static SFMODELS_FAST_INLINE char* write_head(char* p, char* end, V const& v) noexcept
    {
        if constexpr (traits::open && I == 0)
            return write_dynamic_head(p, end, v);
        else if constexpr (!family_head<V, I>::plain)
            return write_dynamic_head(p, end, v);
        else {
            using head = family_head<V, I>;
            if (end - p < static_cast<std::ptrdiff_t>(head::size))
                return nullptr;
            std::memcpy(p, head::text.data(), head::size);
            return p + head::size;
        }
    }

    static char* write(char* p, char* end, V const& v) noexcept
    {
        return boost::mp11::mp_with_index<traits::size>(v.as_variant().index(), [&](auto I) -> char* {
            if (!(p = write_head<I>(p, end, v)))
                return nullptr;
            using A = typename traits::template alternative<I>;
            using W = struct_writer<A, traits::template discriminator_member<I>>;
            char* q = W::template members<0>(p, end, *std::get_if<I>(&v.as_variant()));
            if (!q || end - q < 1)
                return nullptr;
            *q++ = '}';
            return q;
        });
    }
};

} // namespace sfmodels::detail::fast

#endif
