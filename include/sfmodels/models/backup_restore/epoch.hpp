#ifndef SFMODELS_MODELS_BACKUP_RESTORE_EPOCH_HPP
#define SFMODELS_MODELS_BACKUP_RESTORE_EPOCH_HPP

#include <sfmodels/codec/wire_aliases.hpp>
#include <sfmodels/quoted.hpp>

#include <boost/describe/class.hpp>

#include <cstdint>
#include <optional>

namespace sfmodels {

/// A replica set's epoch. Both numbers are strings on the wire and may be -1.
struct Epoch
{
    std::optional<quoted<std::int64_t>> ConfigurationVersion;
    std::optional<quoted<std::int64_t>> DataLossVersion;

    bool operator==(Epoch const&) const = default;
};
BOOST_DESCRIBE_STRUCT(Epoch, (), (ConfigurationVersion, DataLossVersion))

// Clusters before API 6.4 sent BackupEpoch, whose members had other names.
template<>
struct wire_aliases<Epoch>
{
    static constexpr std::array<wire_alias, 2> value{{
        {"ConfigurationNumber", "ConfigurationVersion"},
        {"DataLossNumber", "DataLossVersion"},
    }};
};

} // namespace sfmodels

#endif
