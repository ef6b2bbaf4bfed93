// sfmodels_model_tests: every definition of the specification through the
// codec compiled once in sfmodels_type_table, from the fixtures that
// tools/generate/generate.py writes; and the specification's example bodies.
#include "check_case.hpp"
#include "registry.hpp"

#include <gtest/gtest.h>

#include <cstdio>

int main(int argc, char** argv)
{
    testing::InitGoogleTest(&argc, argv);
    if (!sfmodels_test::counts_allocations())
        std::printf("[ note     ] built with a sanitizer: heap allocations are not counted\n");
    sfmodels_test::register_definition_tests();
    sfmodels_test::register_example_tests();
    return RUN_ALL_TESTS();
}
