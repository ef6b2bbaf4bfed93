#ifndef SFMODELS_CODEC_DECODE_OPTIONS_HPP
#define SFMODELS_CODEC_DECODE_OPTIONS_HPP

#include <cstddef>

namespace sfmodels {

/** How much memory a decode may take beyond the text itself.

    Strings cannot outgrow the document they come from, but the elements of
    arrays and maps can: `[{},{},...]` is 3 bytes an element in the text and
    a whole struct in memory. A decode charges every allocation of elements
    (a vector's reallocation at its full new capacity, a map's node) against
    a budget of `memory_floor + memory_factor * bytes of text`; past it, the
    decode fails with error::too_large at the element that would exceed it,
    and the target stays valid. Elements already there (a reused object) cost
    nothing. A decoder fed in pieces earns the budget as the text arrives.
*/
struct decode_options
{
    std::size_t memory_factor = 16;
    std::size_t memory_floor = std::size_t(1) << 20;

    /// The budget for a document of `size` bytes.
    constexpr std::size_t memory_budget(std::size_t size) const noexcept
    {
        std::size_t const max = std::size_t(-1);
        if (memory_factor != 0 && size > (max - memory_floor) / memory_factor)
            return max;
        return memory_floor + memory_factor * size;
    }
};

} // namespace sfmodels

#endif
