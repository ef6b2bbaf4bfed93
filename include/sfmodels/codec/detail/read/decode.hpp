#ifndef SFMODELS_CODEC_DETAIL_READ_DECODE_HPP
#define SFMODELS_CODEC_DETAIL_READ_DECODE_HPP

#include <sfmodels/codec/detail/types/nesting.hpp>
#include <sfmodels/codec/detail/read/bytes.hpp>
#include <sfmodels/codec/detail/read/depth.hpp>
#include <sfmodels/codec/detail/read/structs.hpp>
#include <sfmodels/codec/detail/read/skip_value.hpp>
#include <sfmodels/codec/limits.hpp>

#include <string_view>

namespace sfmodels::detail::fast {

// Whether T (and everything in it) has a fast reader: a type of bounded
// nesting with room left for skipped members inside the depth limit, or a
// recursive one, whose readers count the depth as they go (depth.hpp).
template<class T>
inline constexpr bool supported = nesting<T>() != too_wide &&
                                  (nesting<T>() == unbounded_nesting || nesting<T>() + max_skip_depth < limits::max_depth);

/** Decodes a whole document into out, schema first: the shape of T says what
    comes next and the text is only checked against it. Returns false on
    anything it does not handle or that is not right, leaving out valid but
    unspecified: the caller then runs the reference decoder from scratch.
    When it returns true, out holds exactly what the reference decoder gives.
*/
template<class T>
    requires supported<T>
bool decode(std::string_view json, T& out, memory_budget& b)
{
    budget = b;
    depth = 0;
    struct give_back
    {
        memory_budget& b;
        ~give_back() { b = budget; }
    } const back{b};
    char const* const end = json.data() + json.size();
    char const* p = skip_ws(json.data(), end);
    if (p == end || !(p = reader<T>::read(p, end, out)))
        return false;
    return skip_ws(p, end) == end;
}

// The same, without a memory budget.
template<class T>
    requires supported<T>
bool decode(std::string_view json, T& out)
{
    memory_budget unlimited;
    return decode(json, out, unlimited);
}

} // namespace sfmodels::detail::fast

#endif
