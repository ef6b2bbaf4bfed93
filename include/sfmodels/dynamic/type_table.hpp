#ifndef SFMODELS_DYNAMIC_TYPE_TABLE_HPP
#define SFMODELS_DYNAMIC_TYPE_TABLE_HPP

// Every definition of the specification as a type_entry, found by name.
// Declared here, defined by the translation units that cmake/TypeTable.cmake
// makes (one per area, each compiling the codec for that area's types), so a
// program pays for the whole table only where it links it.

#include <sfmodels/dynamic/type_entry.hpp>

#include <span>
#include <string_view>

namespace sfmodels::dynamic {

/// Every entry, sorted by name.
std::span<type_entry const> type_table() noexcept;

/// The entry named `name`, or nullptr.
type_entry const* find_type(std::string_view name) noexcept;

/// An entry whose C++ type is the one type_key_of<T>() names, or nullptr.
type_entry const* find_type(void const* type_key) noexcept;

} // namespace sfmodels::dynamic

#endif
