include_guard(GLOBAL)

function(sfmodels_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /WX /permissive-)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  endif()
endfunction()

function(sfmodels_set_sanitizers target)
  if(SFMODELS_SANITIZE)
    set(flags -fsanitize=${SFMODELS_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_compile_options(${target} PRIVATE ${flags})
    target_link_options(${target} PRIVATE ${flags})
  endif()
endfunction()

# Code that a fuzz target links (the type table) gets libFuzzer's coverage
# instrumentation when the fuzzers are built: without it the fuzzer would be
# blind inside every model's codec. The sanitizer runtime that
# SFMODELS_SANITIZE links provides the coverage callbacks for the programs
# that are not fuzzers (the tests), so one build serves both.
function(sfmodels_set_fuzzer_coverage target)
  if(SFMODELS_BUILD_FUZZERS)
    if(NOT SFMODELS_SANITIZE)
      message(FATAL_ERROR "SFMODELS_BUILD_FUZZERS needs SFMODELS_SANITIZE (e.g. address,undefined): "
                          "use the asan or fuzz preset")
    endif()
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()
