#ifndef SFMODELS_DYNAMIC_OPERATION_TABLE_HPP
#define SFMODELS_DYNAMIC_OPERATION_TABLE_HPP

// Every operation of the specification as an operation_entry, found by name.
// Declared here, defined by the translation units that
// cmake/OperationTable.cmake makes (one per area), as the type table is.

#include <sfmodels/dynamic/operation_entry.hpp>

#include <span>
#include <string_view>

namespace sfmodels::dynamic {

/// Every entry, sorted by name.
std::span<operation_entry const> operation_table() noexcept;

/// The entry whose name matches `name` ASCII case-insensitively, or nullptr.
operation_entry const* find_operation(std::string_view name) noexcept;

} // namespace sfmodels::dynamic

#endif
