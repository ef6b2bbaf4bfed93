#ifndef SFMODELS_TESTS_MODELS_CHECK_CASE_HPP
#define SFMODELS_TESTS_MODELS_CHECK_CASE_HPP

// Runs a fixture's case through the type-erased codec of its definition.

#include "model_fixture.hpp"

#include <sfmodels/dynamic/type_entry.hpp>

namespace sfmodels_test {

/// A value of an entry's type, made by the entry and destroyed with it.
class model_value
{
public:
    explicit model_value(sfmodels::dynamic::type_entry const& entry) : entry_(&entry), value_(entry.create()) {}
    ~model_value() { entry_->destroy(value_); }
    model_value(model_value const&) = delete;
    model_value& operator=(model_value const&) = delete;

    void* get() const noexcept { return value_; }

private:
    sfmodels::dynamic::type_entry const* entry_;
    void* value_;
};

/// Whether this program counts heap allocations: not under a sanitizer,
/// whose own operator new would leave nothing to count.
bool counts_allocations() noexcept;

/** Checks one case with gtest assertions. A case that decodes: encode(decode(input))
    is the expected output; the output decodes to an equal value and encodes to itself;
    decode_reference() and a decoder fed in two pieces get the same value; decoding
    into `reused` (left as the fixture's earlier cases made it) gives the same output;
    decoding the input again into the same object (through decode(), and through
    decode_reference() unless a family object names its kind after other members,
    which that decoder records at a documented cost), and encoding into a string
    with room enough, allocate nothing. A case that fails: decode() and decode_reference()
    report the expected error at the expected path, the pieces the same error. */
void check_case(sfmodels::dynamic::type_entry const& entry, model_case const& c, model_value& reused);

} // namespace sfmodels_test

#endif
