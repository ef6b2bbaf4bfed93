#include "alloc_counter.hpp"

#if SFMODELS_COUNT_ALLOCATIONS

#include "../alloc/counting_new.hpp"

#include <openssl/crypto.h>

#include <cstdlib>

namespace {

thread_local std::size_t openssl_allocations = 0;

void* counted_malloc(std::size_t n, char const*, int)
{
    if (sfmodels_test::counting)
        ++openssl_allocations;
    return std::malloc(n);
}

void* counted_realloc(void* p, std::size_t n, char const*, int)
{
    if (sfmodels_test::counting)
        ++openssl_allocations;
    return std::realloc(p, n);
}

void plain_free(void* p, char const*, int) { std::free(p); }

struct openssl_hook
{
    bool hooked = CRYPTO_set_mem_functions(counted_malloc, counted_realloc, plain_free) == 1;
};

// before any other static initializer, Asio's OpenSSL initialization included
__attribute__((init_priority(101))) openssl_hook const openssl;

} // namespace

namespace sfmodels_test {

bool counting_available() noexcept { return true; }

allocation_count count_allocations_of(void (*f)(void*), void* context)
{
    allocation_count n;
    openssl_allocations = 0;
    {
        counting_scope scope;
        f(context);
        n.operator_new = scope.count();
    }
    n.openssl = openssl_allocations;
    n.openssl_counted = openssl.hooked;
    return n;
}

} // namespace sfmodels_test

#else

namespace sfmodels_test {

bool counting_available() noexcept { return false; }

allocation_count count_allocations_of(void (*f)(void*), void* context)
{
    f(context);
    return {};
}

} // namespace sfmodels_test

#endif
