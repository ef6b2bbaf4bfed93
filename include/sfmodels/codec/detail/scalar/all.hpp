#ifndef SFMODELS_CODEC_DETAIL_SCALAR_ALL_HPP
#define SFMODELS_CODEC_DETAIL_SCALAR_ALL_HPP

// Every scalar kind the codec knows; each is one file in scalar/.

#include <sfmodels/codec/detail/scalar/duration.hpp>
#include <sfmodels/codec/detail/scalar/floating.hpp>
#include <sfmodels/codec/detail/scalar/integer.hpp>
#include <sfmodels/codec/detail/scalar/number_token.hpp>
#include <sfmodels/codec/detail/scalar/quoted.hpp>
#include <sfmodels/codec/detail/scalar/scalar_codec.hpp>
#include <sfmodels/codec/detail/scalar/timestamp.hpp>
#include <sfmodels/codec/detail/scalar/uuid.hpp>

#endif
