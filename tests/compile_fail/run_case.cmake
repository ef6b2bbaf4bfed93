# Runs one compile-fail case: cmake -DCOMPILER=... -DFLAGS=a|b|c -DSOURCE=x.cpp
# -DMODE=fail|compile -P run_case.cmake
#
# MODE=fail passes only if the compiler fails AND one of its error lines
# matches the regex of the first line of SOURCE, `// expect: <regex>`.
# MODE=compile passes only if the compiler succeeds.

foreach(_var COMPILER FLAGS SOURCE MODE)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "run_case.cmake: -D${_var}=... is missing")
  endif()
endforeach()
string(REPLACE "|" ";" FLAGS "${FLAGS}")

execute_process(
  COMMAND ${COMPILER} ${FLAGS} ${SOURCE}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE output
  ERROR_VARIABLE output)

if(MODE STREQUAL "compile")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${SOURCE} must compile, but the compiler said (${rc}):\n${output}")
  endif()
  message(STATUS "compiled, as it must")
  return()
elseif(NOT MODE STREQUAL "fail")
  message(FATAL_ERROR "run_case.cmake: MODE must be fail or compile, not '${MODE}'")
endif()

file(STRINGS ${SOURCE} expect LIMIT_COUNT 1)
if(NOT expect MATCHES "^// expect: (.+)$")
  message(FATAL_ERROR "${SOURCE}: the first line must be `// expect: <regex>`")
endif()
set(expect "${CMAKE_MATCH_1}")

if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but must fail with: ${expect}")
endif()

# only an error line counts: a source line quoted under another error could
# hold the text of the static_assert too
string(REPLACE ";" "\\;" output_escaped "${output}")
string(REPLACE "\n" ";" lines "${output_escaped}")
set(found FALSE)
foreach(line IN LISTS lines)
  if(line MATCHES "error: " AND line MATCHES "${expect}")
    set(found TRUE)
    break()
  endif()
endforeach()
if(NOT found)
  message(FATAL_ERROR "${SOURCE} failed to compile (${rc}), but no error line matches\n"
                      "  ${expect}\nThe compiler said:\n${output}")
endif()
message(STATUS "failed, as it must, with: ${expect}")
