# cmake -DMODE=<find_package|add_subdirectory|fetchcontent> -DSFMODELS_SOURCE_DIR=...
#       -DWORK_DIR=... -DGENERATOR=... -DCXX_COMPILER=... [-DMAKE_PROGRAM=...] [-DBOOST_DIR=...]
#       -P run_consumer.cmake
foreach(var IN ITEMS MODE SFMODELS_SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_consumer.cmake: ${var} is not set")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} COMMAND_ECHO STDOUT COMMAND_ERROR_IS_FATAL ANY)
endfunction()

set(cmake_args -G ${GENERATOR} -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
if(MAKE_PROGRAM)
  list(APPEND cmake_args -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM})
endif()
if(BOOST_DIR)
  list(APPEND cmake_args -DBoost_DIR=${BOOST_DIR})
endif()

file(REMOVE_RECURSE ${WORK_DIR})

if(MODE STREQUAL "find_package")
  set(prefix ${WORK_DIR}/prefix)
  run(${CMAKE_COMMAND} -S ${SFMODELS_SOURCE_DIR} -B ${WORK_DIR}/sfmodels-build ${cmake_args}
      -DSFMODELS_BUILD_TESTS=OFF -DSFMODELS_BUILD_EXAMPLES=OFF
      -DSFMODELS_BUILD_BENCHMARKS=OFF -DSFMODELS_INSTALL=ON
      -DCMAKE_INSTALL_MESSAGE=NEVER)
  run(${CMAKE_COMMAND} --install ${WORK_DIR}/sfmodels-build --prefix ${prefix})
  list(APPEND cmake_args -DCMAKE_PREFIX_PATH=${prefix})
  if(EXISTS ${prefix}/share/cmake/sfmodels/sfmodels-client-targets.cmake)
    list(APPEND cmake_args -DEXPECT_CLIENT=ON)
  endif()
else()
  list(APPEND cmake_args -DSFMODELS_SOURCE_DIR=${SFMODELS_SOURCE_DIR})
endif()

run(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/${MODE} -B ${WORK_DIR}/build ${cmake_args})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run(${WORK_DIR}/build/consumer)
if(EXISTS ${WORK_DIR}/build/consumer_client)
  run(${WORK_DIR}/build/consumer_client)
endif()
