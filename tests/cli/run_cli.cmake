# Runs the sfmodels CLI once and checks what it did.
#
#   cmake -DCLI=<exe> [-DARGS=<list>] [-DSTDIN=<file>] [-DSTDOUT_FILE=<file>]
#         -DEXPECT_EXIT=<n>
#         [-DEXPECT_STDOUT=<file>]        stdout must equal the file byte for byte
#         [-DEXPECT_STDOUT_MATCHES=<re>]  stdout must contain a match
#         [-DEXPECT_ERROR_LINE=<re>]      stderr must be exactly one line matching ^re$
#         [-DEXPECT_STDERR_MATCHES=<re>]  stderr must contain a match
#         -P run_cli.cmake
#
# Without an EXPECT_STDOUT* check stdout must be empty; without an EXPECT_*STDERR*
# or EXPECT_ERROR_LINE check stderr must be empty.
cmake_minimum_required(VERSION 3.25)
foreach(var IN ITEMS CLI EXPECT_EXIT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_cli.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT DEFINED STDIN)
  set(STDIN /dev/null)
endif()

set(redirect)
if(DEFINED STDOUT_FILE)
  set(redirect OUTPUT_FILE ${STDOUT_FILE})
else()
  set(redirect OUTPUT_VARIABLE out)
endif()
execute_process(COMMAND ${CLI} ${ARGS}
  INPUT_FILE ${STDIN}
  ${redirect}
  ERROR_VARIABLE err
  RESULT_VARIABLE status)

set(failures)
if(NOT status STREQUAL EXPECT_EXIT)
  list(APPEND failures "exit status ${status}, expected ${EXPECT_EXIT}")
endif()

if(DEFINED EXPECT_STDOUT)
  file(READ ${EXPECT_STDOUT} expected)
  if(NOT out STREQUAL expected)
    list(APPEND failures "stdout differs from ${EXPECT_STDOUT}")
  endif()
elseif(DEFINED EXPECT_STDOUT_MATCHES)
  if(NOT out MATCHES "${EXPECT_STDOUT_MATCHES}")
    list(APPEND failures "stdout does not match ${EXPECT_STDOUT_MATCHES}")
  endif()
elseif(NOT DEFINED STDOUT_FILE AND NOT out STREQUAL "")
  list(APPEND failures "stdout is not empty")
endif()

if(DEFINED EXPECT_ERROR_LINE)
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  if(NOT lines EQUAL 1 OR NOT err MATCHES "\n$")
    list(APPEND failures "stderr is not exactly one line")
  elseif(NOT err MATCHES "^${EXPECT_ERROR_LINE}\n$")
    list(APPEND failures "stderr does not match ^${EXPECT_ERROR_LINE}$")
  endif()
elseif(DEFINED EXPECT_STDERR_MATCHES)
  if(NOT err MATCHES "${EXPECT_STDERR_MATCHES}")
    list(APPEND failures "stderr does not match ${EXPECT_STDERR_MATCHES}")
  endif()
elseif(NOT err STREQUAL "")
  list(APPEND failures "stderr is not empty")
endif()

if(failures)
  list(JOIN failures "\n  " report)
  message(FATAL_ERROR "sfmodels ${ARGS}:\n  ${report}\n"
                      "--- stdout ---\n${out}\n--- stderr ---\n${err}")
endif()
