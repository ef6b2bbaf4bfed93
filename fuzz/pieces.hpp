#ifndef SFMODELS_FUZZ_PIECES_HPP
#define SFMODELS_FUZZ_PIECES_HPP

// Feeds a document to a decoder in pieces cut where a hash of the document says.

#include <sfmodels/codec/decode.hpp>

#include <cstdint>
#include <string_view>

namespace sfmodels::fuzz {

// splitmix64, seeded by an FNV-1a hash of the input: the same input always
// splits the same way, so a finding reproduces from its bytes alone.
class split_rng
{
public:
    explicit split_rng(std::string_view s) noexcept
    {
        for (char c : s)
            state_ = (state_ ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    }

    std::uint64_t next() noexcept
    {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t state_ = 0xcbf29ce484222325ull;
};

template<class T>
decode_result decode_in_pieces(std::string_view json, T& out)
{
    split_rng rng(json);
    decoder<T> d(out);
    std::size_t i = 0;
    while (json.size() - i > 0) {
        std::uint64_t const r = rng.next();
        // mostly 0..8 bytes, so keys, strings and numbers arrive in parts
        std::size_t n = r % 8 == 0 ? (r >> 8) % 64 : (r >> 8) % 9;
        n = n < json.size() - i ? n : json.size() - i;
        if (i + n == json.size() && (r >> 16) % 2 == 0)
            return d.finish(json.substr(i));
        if (d.write(json.substr(i, n)))
            return d.result();
        i += n;
    }
    return d.finish();
}

} // namespace sfmodels::fuzz

#endif
