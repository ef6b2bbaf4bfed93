#pragma once

#define SFMODELS_VERSION_MAJOR 0
#define SFMODELS_VERSION_MINOR 1
#define SFMODELS_VERSION_PATCH 0

#define SFMODELS_VERSION \
    (SFMODELS_VERSION_MAJOR * 10000 + SFMODELS_VERSION_MINOR * 100 + SFMODELS_VERSION_PATCH)

#define SFMODELS_VERSION_STRING "0.1.0"

namespace sfmodels {

inline constexpr int version_major = SFMODELS_VERSION_MAJOR;
inline constexpr int version_minor = SFMODELS_VERSION_MINOR;
inline constexpr int version_patch = SFMODELS_VERSION_PATCH;
inline constexpr int version = SFMODELS_VERSION;
inline constexpr char const* version_string = SFMODELS_VERSION_STRING;

}  // namespace sfmodels
