#ifndef SFMODELS_TESTS_ALLOC_COUNTING_NEW_HPP
#define SFMODELS_TESTS_ALLOC_COUNTING_NEW_HPP

// Replaces every form of the global operator new and delete with versions
// that count allocations while a counting_scope is alive on the calling
// thread. Include this header in exactly one translation unit of a program.

#include <cstddef>
#include <cstdlib>
#include <new>

namespace sfmodels_test {

inline thread_local bool counting = false;
inline thread_local std::size_t allocations = 0;
inline thread_local std::size_t allocated_bytes = 0;

/// Counts the heap allocations of the current thread from construction to destruction.
class counting_scope
{
public:
    counting_scope() noexcept
    {
        allocations = 0;
        allocated_bytes = 0;
        counting = true;
    }
    ~counting_scope() { counting = false; }
    counting_scope(counting_scope const&) = delete;
    counting_scope& operator=(counting_scope const&) = delete;

    std::size_t count() const noexcept { return allocations; }
    std::size_t bytes() const noexcept { return allocated_bytes; }
};

/// The allocations `f()` makes.
template<class F>
std::size_t allocations_in(F&& f)
{
    counting_scope scope;
    f();
    return scope.count();
}

/// Keeps the compiler from proving a pointer unused and eliding its allocation.
inline void escape(void const* p)
{
    __asm__ __volatile__("" : : "g"(p) : "memory");
}

namespace detail {

inline void note(std::size_t n) noexcept
{
    if (counting) {
        ++allocations;
        allocated_bytes += n;
    }
}

inline void* allocate(std::size_t n) noexcept
{
    note(n);
    return std::malloc(n != 0 ? n : 1);
}

inline void* allocate(std::size_t n, std::align_val_t a) noexcept
{
    note(n);
    auto const align = static_cast<std::size_t>(a);
    std::size_t const rounded = (n + align - 1) / align * align;   // aligned_alloc wants a multiple
    return std::aligned_alloc(align, rounded != 0 ? rounded : align);
}

template<class... A>
void* allocate_or_throw(std::size_t n, A... a)
{
    if (void* p = allocate(n, a...))
        return p;
    throw std::bad_alloc();
}

} // namespace detail
} // namespace sfmodels_test

void* operator new(std::size_t n) { return sfmodels_test::detail::allocate_or_throw(n); }
void* operator new[](std::size_t n) { return sfmodels_test::detail::allocate_or_throw(n); }
void* operator new(std::size_t n, std::nothrow_t const&) noexcept { return sfmodels_test::detail::allocate(n); }
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept { return sfmodels_test::detail::allocate(n); }
void* operator new(std::size_t n, std::align_val_t a) { return sfmodels_test::detail::allocate_or_throw(n, a); }
void* operator new[](std::size_t n, std::align_val_t a) { return sfmodels_test::detail::allocate_or_throw(n, a); }
void* operator new(std::size_t n, std::align_val_t a, std::nothrow_t const&) noexcept
{
    return sfmodels_test::detail::allocate(n, a);
}
void* operator new[](std::size_t n, std::align_val_t a, std::nothrow_t const&) noexcept
{
    return sfmodels_test::detail::allocate(n, a);
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, std::nothrow_t const&) noexcept { std::free(p); }

#endif
