# Checks `sfmodels types`: one definition per line, its name then its area,
# sorted by name without repeats; every area one that has a header; every
# name in REQUIRED among them; and each name accepted by `sfmodels decode`.
#
#   cmake -DCLI=<exe> -DREQUIRED=<file> -DAREAS=<cmake/model_areas.cmake> -P types.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var IN ITEMS CLI REQUIRED AREAS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "types.cmake: ${var} is not set")
  endif()
endforeach()
include(${AREAS})   # SFMODELS_MODEL_AREAS

execute_process(COMMAND ${CLI} types
  INPUT_FILE /dev/null OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "sfmodels types exited ${status}: ${err}")
endif()
if(NOT out MATCHES "^([A-Za-z][A-Za-z0-9_]* +[a-z_]+\n)+$")
  message(FATAL_ERROR "sfmodels types did not print one NAME AREA per line:\n${out}")
endif()
string(REGEX REPLACE "\n$" "" out "${out}")
string(REPLACE "\n" ";" lines "${out}")
set(listed)
foreach(line IN LISTS lines)
  string(REGEX MATCH "^([^ ]+) +([^ ]+)$" _ "${line}")
  list(APPEND listed ${CMAKE_MATCH_1})
  if(NOT CMAKE_MATCH_2 IN_LIST SFMODELS_MODEL_AREAS)
    message(FATAL_ERROR "sfmodels types puts ${CMAKE_MATCH_1} in ${CMAKE_MATCH_2}, which is no area")
  endif()
endforeach()

set(unique ${listed})
list(REMOVE_DUPLICATES unique)
if(NOT listed STREQUAL unique)
  message(FATAL_ERROR "sfmodels types repeats a name")
endif()
set(sorted ${listed})
list(SORT sorted COMPARE STRING)
if(NOT listed STREQUAL sorted)
  message(FATAL_ERROR "sfmodels types does not list the names sorted")
endif()

file(STRINGS ${REQUIRED} required)
foreach(name IN LISTS required)
  if(NOT name IN_LIST listed)
    message(FATAL_ERROR "sfmodels types does not list ${name}")
  endif()
endforeach()

# REQUIRED is not JSON: a TYPE decode knows gives 1, an unknown one 2.
foreach(name IN LISTS listed)
  execute_process(COMMAND ${CLI} decode ${name}
    INPUT_FILE ${REQUIRED} OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE status)
  if(NOT status EQUAL 1 OR NOT err MATCHES "^error: invalid JSON at / \\(offset 0\\)\n$")
    message(FATAL_ERROR "sfmodels decode ${name} exited ${status}: ${err}")
  endif()
endforeach()
list(LENGTH listed count)
message(STATUS "sfmodels types lists ${count} names, all decodable")
