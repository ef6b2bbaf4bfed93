# Feeds the sfmodels CLI documents longer than its 64 KiB read chunk on stdin.
#
#   cmake -DCLI=<exe> -DBAD_PAYLOAD=<file> -DWORK_DIR=<dir> -P chunked.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var IN ITEMS CLI BAD_PAYLOAD WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "chunked.cmake: ${var} is not set")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK_DIR})

function(decode type input)
  execute_process(COMMAND ${CLI} decode ${type}
    INPUT_FILE ${input}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
  set(status "${status}" PARENT_SCOPE)
endfunction()

# A string member that straddles three chunk boundaries.
string(REPEAT "chunk " 40000 message)
set(big ${WORK_DIR}/big-fabric-error.json)
file(WRITE ${big} "{\n  \"Error\": {\n    \"Message\": \"${message}\",\n    \"Code\": \"E_FAIL\"\n  }\n}\n")
decode(FabricError ${big})
if(NOT status EQUAL 0 OR NOT err STREQUAL "")
  message(FATAL_ERROR "decoding ${big} failed (${status}): ${err}")
endif()
if(NOT out STREQUAL "{\"Error\":{\"Code\":\"E_FAIL\",\"Message\":\"${message}\"}}\n")
  string(LENGTH "${out}" length)
  message(FATAL_ERROR "decoding ${big} printed ${length} unexpected bytes")
endif()

# An error past the first chunk reports its offset from the start of the document.
decode(PartitionDataLossProgress ${BAD_PAYLOAD})
set(pattern "^error: (.+) \\(offset ([0-9]+)\\)\n$")
if(NOT status EQUAL 1 OR NOT err MATCHES "${pattern}")
  message(FATAL_ERROR "${BAD_PAYLOAD} gave status ${status} and: ${err}")
endif()
set(where ${CMAKE_MATCH_1})
set(offset ${CMAKE_MATCH_2})

set(padding 100000)
string(REPEAT " " ${padding} spaces)
file(READ ${BAD_PAYLOAD} bad)
set(padded ${WORK_DIR}/padded-bad-payload.json)
file(WRITE ${padded} "${spaces}${bad}")
decode(PartitionDataLossProgress ${padded})
math(EXPR padded_offset "${offset} + ${padding}")
if(NOT status EQUAL 1 OR NOT err STREQUAL "error: ${where} (offset ${padded_offset})\n")
  message(FATAL_ERROR "expected status 1 and 'error: ${where} (offset ${padded_offset})',"
                      " got ${status} and: ${err}")
endif()
