#ifndef SFMODELS_CODEC_LIMITS_HPP
#define SFMODELS_CODEC_LIMITS_HPP

#include <cstddef>

namespace sfmodels::limits {

/// Deepest nesting of arrays and objects a document may have, unknown members included.
inline constexpr std::size_t max_depth = 64;

/// Longest string or member name, in bytes after unescaping.
inline constexpr std::size_t max_string_size = std::size_t(1) << 20;

/// Largest document, in bytes.
inline constexpr std::size_t max_document_size = std::size_t(1) << 26;

/// Longest error path kept by decode_result; longer paths end in "...".
inline constexpr std::size_t max_path_size = 255;

} // namespace sfmodels::limits

#endif
