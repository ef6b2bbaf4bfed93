# sfmodels_type_table: a static library with every model's codec behind
# sfmodels/dynamic/type_table.hpp, one translation unit per area (the areas
# are listed by the generator in cmake/model_areas.cmake). The CLI, the model
# tests and the fuzzer link it; the library itself stays header-only.
include_guard(GLOBAL)
include(${PROJECT_SOURCE_DIR}/cmake/model_areas.cmake)

function(sfmodels_type_table target)
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/${target})
  set(sources)
  set(SFMODELS_AREA_DECLARATIONS "")
  set(calls)
  foreach(SFMODELS_AREA IN LISTS SFMODELS_MODEL_AREAS)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/type_table_area.cpp.in ${dir}/${SFMODELS_AREA}.cpp @ONLY)
    list(APPEND sources ${dir}/${SFMODELS_AREA}.cpp)
    string(APPEND SFMODELS_AREA_DECLARATIONS "std::span<type_entry const> ${SFMODELS_AREA}_entries() noexcept;\n")
    list(APPEND calls "${SFMODELS_AREA}_entries()")
  endforeach()
  list(JOIN calls ", " SFMODELS_AREA_CALLS)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/type_table.cpp.in ${dir}/type_table.cpp @ONLY)
  add_library(${target} STATIC ${sources} ${dir}/type_table.cpp)
  target_link_libraries(${target} PUBLIC sfmodels::sfmodels)
  sfmodels_set_warnings(${target})
  sfmodels_set_sanitizers(${target})
  sfmodels_set_fuzzer_coverage(${target})
endfunction()
