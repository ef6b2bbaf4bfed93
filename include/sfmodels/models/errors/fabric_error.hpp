#ifndef SFMODELS_MODELS_ERRORS_FABRIC_ERROR_HPP
#define SFMODELS_MODELS_ERRORS_FABRIC_ERROR_HPP

#include <sfmodels/models/errors/fabric_error_codes.hpp>
#include <sfmodels/open_enum.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace sfmodels {

/// The code and message of a failure. Code is required.
struct FabricErrorError
{
    open_enum<FabricErrorCodes> Code;
    std::optional<std::string> Message;

    bool operator==(FabricErrorError const&) const = default;
};
BOOST_DESCRIBE_STRUCT(FabricErrorError, (), (Code, Message))

/// The body of every error response: {"Error":{"Code":...,"Message":...}}. Error is required.
struct FabricError
{
    FabricErrorError Error;

    bool operator==(FabricError const&) const = default;
};
BOOST_DESCRIBE_STRUCT(FabricError, (), (Error))

} // namespace sfmodels

#endif
