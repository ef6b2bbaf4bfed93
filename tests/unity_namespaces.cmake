# Checks that each unit test file keeps its helpers in a namespace named after
# the file (`namespace { namespace decode_test {`), as a unity build of the
# tests (SFMODELS_UNITY_TESTS) needs: files compiled together share one
# anonymous namespace. Run with -DDIR=<tests/unit>.
file(GLOB files ${DIR}/*_test.cpp)
set(missing)
foreach(file IN LISTS files)
  get_filename_component(stem ${file} NAME_WE)
  file(STRINGS ${file} opening REGEX "^namespace ${stem} {$")
  if(NOT opening)
    list(APPEND missing ${stem}.cpp)
  endif()
endforeach()
if(missing)
  list(JOIN missing ", " missing)
  message(FATAL_ERROR "these unit test files do not keep their helpers in a namespace named after "
                      "the file (`namespace {` then `namespace <file stem> {`): ${missing}")
endif()
list(LENGTH files count)
message(STATUS "${count} unit test files, each with its own namespace")
