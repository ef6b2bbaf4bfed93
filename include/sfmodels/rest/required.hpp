#ifndef SFMODELS_REST_REQUIRED_HPP
#define SFMODELS_REST_REQUIRED_HPP

#include <concepts>
#include <type_traits>
#include <utility>

namespace sfmodels::rest {

/** A request parameter the operation cannot go without.

    It has no default constructor, so an operation leaving it out of its
    initializer does not compile:

    @code
    rest::GetDataLossProgress r{.serviceId = ..., .partitionId = ...};  // error: OperationId missing
    @endcode
*/
template<class T>
class required
{
public:
    using value_type = T;

    template<class U = T>
        requires std::constructible_from<T, U&&> && (!std::same_as<std::remove_cvref_t<U>, required>)
    constexpr required(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>)
        : value_(std::forward<U>(value))
    {
    }

    constexpr T& get() noexcept { return value_; }
    constexpr T const& get() const noexcept { return value_; }
    constexpr T& operator*() noexcept { return value_; }
    constexpr T const& operator*() const noexcept { return value_; }
    constexpr T* operator->() noexcept { return &value_; }
    constexpr T const* operator->() const noexcept { return &value_; }

    bool operator==(required const&) const = default;

private:
    T value_;
};

template<class T> struct is_required : std::false_type {};
template<class T> struct is_required<required<T>> : std::true_type {};

} // namespace sfmodels::rest

#endif
