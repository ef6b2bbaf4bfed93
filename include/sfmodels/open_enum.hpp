#ifndef SFMODELS_OPEN_ENUM_HPP
#define SFMODELS_OPEN_ENUM_HPP

#include <sfmodels/detail/enum_table.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace sfmodels {

/** A Service Fabric string enum that stays open to spellings it does not know.

    Servers newer than the specification send values it does not list; an
    `open_enum` keeps such a spelling verbatim and writes it back unchanged
    instead of failing or mapping it to another enumerator. Known spellings
    match case-insensitively and are written in the specification's spelling.

    @code
    open_enum<OperationState> s = OperationState::Running;
    if (s == OperationState::Running) ...
    s.assign("SomethingNew");   // s.is_known() == false, s.spelling() == "SomethingNew"
    @endcode
*/
template<detail::described_enum E>
class open_enum
{
public:
    using enum_type = E;
    using table = detail::enum_table<E>;

    constexpr open_enum() noexcept = default;

    constexpr open_enum(E e) noexcept : known_(e) {}

    explicit open_enum(std::string_view spelling) { assign(spelling); }

    open_enum& operator=(E e) noexcept
    {
        known_ = e;
        unknown_ = false;
        raw_.clear();
        return *this;
    }

    /// Sets the value from a wire spelling; unknown spellings are kept verbatim.
    void assign(std::string_view spelling)
    {
        if (auto e = table::find(spelling)) {
            *this = *e;
        } else {
            raw_.assign(spelling.data(), spelling.size());
            unknown_ = true;
        }
    }

    constexpr bool is_known() const noexcept { return !unknown_; }

    /// The enumerator, or nothing for a spelling the specification does not list.
    constexpr std::optional<E> known() const noexcept
    {
        return unknown_ ? std::nullopt : std::optional<E>(known_);
    }

    /// The wire spelling: the specification's for a known value, else the one received.
    std::string_view spelling() const noexcept
    {
        return unknown_ ? std::string_view(raw_) : table::name(known_);
    }

    friend bool operator==(open_enum const& a, E b) noexcept
    {
        return !a.unknown_ && a.known_ == b;
    }

    friend bool operator==(open_enum const& a, open_enum const& b) noexcept
    {
        return a.unknown_ == b.unknown_ && (a.unknown_ ? a.raw_ == b.raw_ : a.known_ == b.known_);
    }

private:
    E known_{};
    bool unknown_ = false;
    std::string raw_;
};

} // namespace sfmodels

#endif
