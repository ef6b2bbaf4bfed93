# sfmodels_add_gtest_suites(TARGET PREFIX [LABELS label...])
#
# Registers one CTest test per GoogleTest suite of TARGET, named PREFIX.Suite
# and running `TARGET --gtest_filter=Suite.*`, where gtest_discover_tests
# registers one per test case. A process per case costs its start-up every
# time: with the sanitizers' runtime about 0.26 s of CPU, which made the asan
# test stage of CI 567 s for some 4000 cases; a process per suite costs it a
# few hundred times. A case's failure still names the case (GoogleTest prints
# it in the suite's output, which ctest shows on failure).
#
# The suites are listed after each build, as gtest_discover_tests does:
# a POST_BUILD step runs `TARGET --gtest_list_tests` (cmake/gtest_suites_list.cmake)
# and writes the add_test calls into a file that CTest includes.
function(sfmodels_add_gtest_suites target prefix)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "LABELS")
  set(ctest_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_suites.cmake")
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND}
      -DEXECUTABLE=$<TARGET_FILE:${target}>
      -DPREFIX=${prefix}
      "-DLABELS=${arg_LABELS}"
      -DOUTPUT=${ctest_file}
      -P ${PROJECT_SOURCE_DIR}/cmake/gtest_suites_list.cmake
    BYPRODUCTS ${ctest_file}
    VERBATIM)
  # CTest includes the file when it runs; before the first build there is none
  set(loader "${CMAKE_CURRENT_BINARY_DIR}/${target}_suites_include.cmake")
  file(WRITE ${loader}
    "if(EXISTS \"${ctest_file}\")\n"
    "  include(\"${ctest_file}\")\n"
    "else()\n"
    "  add_test(${prefix}.NOT_BUILT ${target}_NOT_BUILT)\n"
    "endif()\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${loader})
endfunction()
