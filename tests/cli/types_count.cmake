# Checks that `sfmodels types` lists every definition: exactly the rows of
# DEFINITIONS (include/sfmodels/models/definitions.hpp), names and areas, and,
# when SPEC (the Swagger file the models are generated from) is given, exactly
# the names of its "definitions" object: as many, and the same ones.
#
#   cmake -DCLI=<exe> -DDEFINITIONS=<definitions.hpp> [-DSPEC=<servicefabric.json>] -P types_count.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var IN ITEMS CLI DEFINITIONS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "types_count.cmake: ${var} is not set")
  endif()
endforeach()

execute_process(COMMAND ${CLI} types
  INPUT_FILE /dev/null OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "sfmodels types exited ${status}: ${err}")
endif()
string(REGEX REPLACE "\n$" "" out "${out}")
string(REPLACE "\n" ";" lines "${out}")
set(names)
set(pairs)
foreach(line IN LISTS lines)
  string(REGEX REPLACE " +" ":" pair "${line}")
  list(APPEND pairs ${pair})
  string(REGEX REPLACE ":.*" "" name "${pair}")
  list(APPEND names ${name})
endforeach()
list(LENGTH names count)

# The rows of definitions.hpp, read as text: {"Name", "area"},
file(STRINGS ${DEFINITIONS} rows REGEX "^ *\\{\"[^\"]+\", \"[^\"]+\"\\},?$")
set(expected_pairs)
foreach(row IN LISTS rows)
  string(REGEX REPLACE "^ *\\{\"([^\"]+)\", \"([^\"]+)\"\\},?$" "\\1:\\2" pair "${row}")
  list(APPEND expected_pairs ${pair})
endforeach()
list(LENGTH expected_pairs rows_count)
if(NOT pairs STREQUAL expected_pairs)
  message(FATAL_ERROR "sfmodels types printed ${count} definitions, definitions.hpp has ${rows_count};"
                      " they differ (names, areas or order)")
endif()

if(DEFINED SPEC)
  file(READ ${SPEC} json)
  string(JSON definitions GET "${json}" definitions)
  string(JSON spec_count LENGTH "${definitions}")
  if(NOT count EQUAL spec_count)
    message(FATAL_ERROR "sfmodels types lists ${count} definitions, ${SPEC} has ${spec_count}")
  endif()
  math(EXPR last "${spec_count} - 1")
  foreach(i RANGE ${last})
    string(JSON name MEMBER "${definitions}" ${i})
    if(NOT name IN_LIST names)
      message(FATAL_ERROR "sfmodels types does not list ${name}, a definition of ${SPEC}")
    endif()
  endforeach()
  message(STATUS "sfmodels types lists the ${spec_count} definitions of ${SPEC}")
else()
  message(STATUS "sfmodels types lists the ${count} definitions of definitions.hpp (no SPEC to compare with)")
endif()
