#ifndef SFMODELS_TESTS_CLIENT_ALLOC_COUNTER_HPP
#define SFMODELS_TESTS_CLIENT_ALLOC_COUNTER_HPP

// Counts the heap allocations of the calling thread: the global operator new
// (tests/alloc/counting_new.hpp, replaced in alloc_counter.cpp) and OpenSSL's
// own allocations, which go to malloc (through CRYPTO_set_mem_functions,
// when OpenSSL let it be set before its first allocation). A sanitizer build
// counts nothing: the sanitizer brings its own operator new.

#include <cstddef>

namespace sfmodels_test {

struct allocation_count
{
    std::size_t operator_new = 0;
    std::size_t openssl = 0;
    bool openssl_counted = false;
};

bool counting_available() noexcept;
allocation_count count_allocations_of(void (*f)(void*), void* context);

template<class F>
allocation_count count_allocations(F&& f)
{
    return count_allocations_of([](void* c) { (*static_cast<F*>(c))(); }, &f);
}

} // namespace sfmodels_test

#endif
