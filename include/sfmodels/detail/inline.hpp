#ifndef SFMODELS_DETAIL_INLINE_HPP
#define SFMODELS_DETAIL_INLINE_HPP

// How the hot paths steer the compiler's inlining and branch layout:
// SFMODELS_FAST_INLINE for a small step its caller must take in,
// SFMODELS_FAST_COLD for a slow path kept out of line, compiled once for
// every caller that reaches it instead of inlined into each.

#if defined(__GNUC__) || defined(__clang__)
#define SFMODELS_FAST_INLINE inline __attribute__((always_inline))
#define SFMODELS_FAST_COLD __attribute__((noinline, cold))
#define SFMODELS_LIKELY(x) __builtin_expect(!!(x), 1)
#define SFMODELS_UNLIKELY(x) __builtin_expect(!!(x), 0)
#elif defined(_MSC_VER)
#define SFMODELS_FAST_INLINE __forceinline
#define SFMODELS_FAST_COLD __declspec(noinline)
#define SFMODELS_LIKELY(x) (x)
#define SFMODELS_UNLIKELY(x) (x)
#else
#define SFMODELS_FAST_INLINE inline
#define SFMODELS_FAST_COLD
#define SFMODELS_LIKELY(x) (x)
#define SFMODELS_UNLIKELY(x) (x)
#endif

#endif
