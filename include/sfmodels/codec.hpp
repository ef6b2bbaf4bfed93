#ifndef SFMODELS_CODEC_HPP
#define SFMODELS_CODEC_HPP

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/discriminated.hpp>
#include <sfmodels/codec/encode.hpp>
#include <sfmodels/codec/error.hpp>
#include <sfmodels/codec/interop.hpp>
#include <sfmodels/codec/limits.hpp>
#include <sfmodels/codec/wire_aliases.hpp>

#endif
