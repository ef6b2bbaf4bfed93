#ifndef SFMODELS_TESTS_MODELS_REGISTRY_HPP
#define SFMODELS_TESTS_MODELS_REGISTRY_HPP

// The tests made at run time, before RUN_ALL_TESTS(): one per definition
// (suite: its area) and one per body of the specification's example files
// (suite: Examples).

namespace sfmodels_test {

void register_definition_tests();
void register_example_tests();

} // namespace sfmodels_test

#endif
