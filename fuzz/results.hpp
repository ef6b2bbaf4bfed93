#ifndef SFMODELS_FUZZ_RESULTS_HPP
#define SFMODELS_FUZZ_RESULTS_HPP

// When two decodes of one document agree: the comparisons that every fuzz
// target makes between a whole-document decode and the other ways in.

#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/error.hpp>

#include <string>
#include <string_view>

namespace sfmodels::fuzz {

inline std::string describe(decode_result const& r)
{
    return r ? r.message() : std::string("success");
}

inline bool same_result(decode_result const& a, decode_result const& b) noexcept
{
    return a.code == b.code && a.offset == b.offset && a.path.view() == b.path.view();
}

// The path without its last segment if that is an array index: "/3/Id/0" -> "/3/Id".
inline std::string_view without_index(std::string_view path) noexcept
{
    std::size_t const slash = path.rfind('/');
    if (slash == std::string_view::npos || slash + 1 == path.size() ||
        path.find_first_not_of("0123456789", slash + 1) != std::string_view::npos)
        return path;
    return path.substr(0, slash);
}

// A token that a piece boundary cuts is reported where its last piece starts
// (or, for a syntax error in a held-back escape or UTF-8 sequence, where the
// parser stood), not where it starts: in pieces the offset may differ. And an
// error the parser finds inside an array element's first token names the
// element only if the decoder was already handed part of that token, else
// the element before it (or none).
inline bool same_result_in_pieces(decode_result const& whole, decode_result const& pieces) noexcept
{
    if (whole.code != pieces.code)
        return false;
    std::string_view const a = whole.path.view(), b = pieces.path.view();
    bool const found_by_parser = whole.code == error::syntax || whole.code == error::incomplete ||
                                 whole.code == error::too_large || whole.code == error::too_deep ||
                                 whole.code == error::out_of_range;   // exponent overflow
    return a == b || (found_by_parser && without_index(a) == without_index(b));
}

inline bool syntax_class(boost::system::error_code ec) noexcept
{
    return ec == error::syntax || ec == error::incomplete || ec == error::trailing_data;
}

} // namespace sfmodels::fuzz

#endif
