#ifndef SFMODELS_CODEC_HPP
#define SFMODELS_CODEC_HPP

#include <sfmodels/codec/decode.hpp>
#include <sfmodels/codec/decode_result.hpp>
#include <sfmodels/codec/decode_options.hpp>
#include <sfmodels/codec/encode.hpp>
#include <sfmodels/codec/error.hpp>
#include <sfmodels/codec/interop.hpp>
#include <sfmodels/codec/kind_of.hpp>
#include <sfmodels/codec/json_text.hpp>
#include <sfmodels/codec/limits.hpp>
#include <sfmodels/codec/polymorphic.hpp>
#include <sfmodels/codec/wire_aliases.hpp>

#endif
