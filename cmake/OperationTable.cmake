# sfmodels_operation_table: a static library with every REST operation behind
# sfmodels/dynamic/operation_table.hpp (building a request from NAME=VALUE
# text), one translation unit per area of the operations (listed by the
# generator in cmake/rest_areas.cmake). The CLI and the operation tests link it;
# it links the type table, through which it reads and writes bodies.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/cmake/rest_areas.cmake)

function(sfmodels_operation_table target)
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/${target})
  set(sources)
  set(SFMODELS_AREA_DECLARATIONS "")
  set(calls)
  foreach(SFMODELS_AREA IN LISTS SFMODELS_REST_AREAS)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/operation_table_area.cpp.in ${dir}/${SFMODELS_AREA}.cpp @ONLY)
    list(APPEND sources ${dir}/${SFMODELS_AREA}.cpp)
    string(APPEND SFMODELS_AREA_DECLARATIONS "std::span<operation_entry const> ${SFMODELS_AREA}_operations() noexcept;\n")
    list(APPEND calls "${SFMODELS_AREA}_operations()")
  endforeach()
  list(JOIN calls ", " SFMODELS_AREA_CALLS)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/operation_table.cpp.in ${dir}/operation_table.cpp @ONLY)
  add_library(${target} STATIC ${sources} ${dir}/operation_table.cpp)
  # request bodies are read and written through the type table
  target_link_libraries(${target} PUBLIC sfmodels::sfmodels sfmodels_type_table)
  sfmodels_set_warnings(${target})
  sfmodels_set_sanitizers(${target})
endfunction()
