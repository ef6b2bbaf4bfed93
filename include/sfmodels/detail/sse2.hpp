#ifndef SFMODELS_DETAIL_SSE2_HPP
#define SFMODELS_DETAIL_SSE2_HPP

// SSE2, the x86-64 baseline: the only instruction set the codec's kernels
// use. SFMODELS_SSE2 is defined where it is there; every kernel has a
// portable twin that other targets compile and the tests check.
#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#define SFMODELS_SSE2 1
#include <emmintrin.h>
#endif

#endif
