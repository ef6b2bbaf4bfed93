#ifndef SFMODELS_SFMODELS_HPP
#define SFMODELS_SFMODELS_HPP

#include <sfmodels/codec.hpp>
#include <sfmodels/models.hpp>
#include <sfmodels/open_enum.hpp>
#include <sfmodels/timestamp.hpp>
#include <sfmodels/version.hpp>

#endif
