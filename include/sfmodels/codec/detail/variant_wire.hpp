#ifndef SFMODELS_CODEC_DETAIL_VARIANT_WIRE_HPP
#define SFMODELS_CODEC_DETAIL_VARIANT_WIRE_HPP

#include <sfmodels/codec/detail/describe.hpp>
#include <sfmodels/codec/discriminated.hpp>
#include <sfmodels/codec/error.hpp>
#include <sfmodels/detail/ascii.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string_view>
#include <utility>
#include <variant>

namespace sfmodels::detail {

// The index of the member of T named `name`, or member_count<T>.
template<class T>
constexpr std::size_t member_index(std::string_view name) noexcept
{
    std::size_t i = 0, found = member_count<T>;
    boost::mp11::mp_for_each<members_of<T>>([&](auto d) {
        if (found == member_count<T> && std::string_view(d.name) == name)
            found = i;
        ++i;
    });
    return found;
}

template<class V>
struct variant_wire
{
    using traits = discriminated<V>;
    using wire = typename traits::wire;
    static constexpr std::size_t tag = member_index<wire>(traits::member);
    static_assert(tag < member_count<wire>, "the wire struct needs the discriminator member");

    // Moves the alternative K out of w; `blame` names the wire member at fault.
    template<std::size_t K>
    static error take(wire& w, V& out, std::size_t& blame)
    {
        using alt = std::variant_alternative_t<K, V>;
        alt& a = std::holds_alternative<alt>(out) ? std::get<K>(out) : out.template emplace<K>();
        error e{};
        boost::mp11::mp_for_each<members_of<alt>>([&](auto d) {
            constexpr std::size_t i = member_index<wire>(decltype(d)::name);
            static_assert(i < member_count<wire>, "every member of an alternative needs a wire member");
            using W = boost::mp11::mp_at_c<members_of<wire>, i>;
            auto& from = w.*W::pointer;
            auto& to = a.*decltype(d)::pointer;
            if constexpr (is_optional<std::remove_cvref_t<decltype(to)>>::value)
                to = std::move(from);
            else if (from)
                to = std::move(*from);
            else if (e == error{}) {
                e = error::missing_member;
                blame = i;
            }
        });
        return e;
    }

    static error finish(wire& w, V& out, std::size_t& blame)
    {
        auto const& kind = w.*boost::mp11::mp_at_c<members_of<wire>, tag>::pointer;
        blame = tag;
        if (!kind)
            return error::missing_member;
        std::size_t k = traits::kinds.size();
        for (std::size_t i = 0; i < traits::kinds.size(); ++i)
            if (iequals(traits::kinds[i], *kind))
                k = i;
        if (k == traits::kinds.size())
            return error::unknown_kind;
        return boost::mp11::mp_with_index<std::variant_size_v<V>>(k, [&](auto K) { return take<K>(w, out, blame); });
    }
};

} // namespace sfmodels::detail

#endif
