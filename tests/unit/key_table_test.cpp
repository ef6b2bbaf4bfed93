#include <sfmodels/codec/detail/types/key_table.hpp>

#include "support/seed_types.hpp"

#include <gtest/gtest.h>

#include <boost/describe/class.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/list.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {
namespace key_table_test {

using sfmodels::detail::described_struct;
using sfmodels::detail::key_hash;
using sfmodels::detail::key_table;

template<class T>
std::vector<std::string_view> member_names()
{
    std::vector<std::string_view> out;
    boost::mp11::mp_for_each<sfmodels::detail::members_of<T>>([&](auto d) { out.push_back(d.name); });
    return out;
}

// The names a table must know: members first, then aliases.
template<class T>
std::set<std::string_view> known_names()
{
    auto const names = member_names<T>();
    std::set<std::string_view> out(names.begin(), names.end());
    for (auto const& a : sfmodels::wire_aliases<T>::value)
        out.insert(a.alias);
    return out;
}

// Calls f(T{}, name) for every seed type that is a JSON object.
template<class F>
void for_each_model(F f)
{
    boost::mp11::mp_for_each<sfmodels::test::seed_types>([&](auto w) {
        using T = typename decltype(w)::type;
        if constexpr (described_struct<T>)
            f(T{}, w.name);
    });
}

TEST(KeyTable, FindsEveryMemberByItsName)
{
    for_each_model([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const names = member_names<T>();
        for (std::size_t i = 0; i < names.size(); ++i) {
            EXPECT_EQ(key_table<T>::find(names[i]), static_cast<int>(i)) << type << '.' << names[i];
            EXPECT_EQ(key_table<T>::name(i), names[i]) << type;
        }
    });
}

TEST(KeyTable, FindsAnAliasAsTheMemberItNames)
{
    for_each_model([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const names = member_names<T>();
        for (auto const& a : sfmodels::wire_aliases<T>::value) {
            auto const member = std::find(names.begin(), names.end(), a.member);
            ASSERT_NE(member, names.end()) << type << ": alias of an unknown member " << a.member;
            EXPECT_EQ(key_table<T>::find(a.alias), member - names.begin()) << type << '.' << a.alias;
        }
    });
    EXPECT_EQ(key_table<sfmodels::Epoch>::find("ConfigurationNumber"), 0);
    EXPECT_EQ(key_table<sfmodels::Epoch>::find("DataLossNumber"), 1);
}

// Strings one edit away from `name`, including some with the same hash.
std::vector<std::string> near_misses(std::string_view name)
{
    std::string const n(name);
    std::vector<std::string> out{
        "", n.substr(1), n.substr(0, n.size() - 1), n + "x", n + std::string(1, '\0'), "x" + n, n + n,
    };
    for (std::size_t i = 0; i < n.size(); ++i) {
        std::string s = n;
        s[i] = static_cast<char>(s[i] ^ 0x20);   // flips the case of a letter
        out.push_back(s);
        s[i] = static_cast<char>(n[i] + 1);
        out.push_back(s);
        s[i] = static_cast<char>(n[i] ^ 0x80);
        out.push_back(s);
        out.push_back(n.substr(0, i) + n.substr(i + 1));              // one byte shorter
        out.push_back(n.substr(0, i) + n[i] + n.substr(i));           // one byte longer
        out.push_back(n.substr(0, i) + 'q' + n.substr(i));
    }
    return out;
}

// Strings with the length and the first, middle and last bytes of `name`
// (all that an earlier hash read), differing elsewhere.
std::vector<std::string> same_ends(std::string_view name)
{
    std::vector<std::string> out;
    for (std::size_t i = 1; i + 1 < name.size(); ++i) {
        if (i == name.size() / 2)
            continue;
        std::string s(name);
        s[i] = s[i] == 'q' ? 'z' : 'q';
        out.push_back(s);
    }
    return out;
}

TEST(KeyTable, RejectsNearMisses)
{
    for_each_model([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const known = known_names<T>();
        for (std::string_view name : known) {
            for (std::string const& s : near_misses(name)) {
                if (known.contains(s))
                    continue;
                EXPECT_EQ(key_table<T>::find(s), key_table<T>::not_found) << type << ": " << s;
            }
        }
    });
}

TEST(KeyTable, RejectsNamesThatShareLengthAndEnds)
{
    std::size_t checked = 0;
    for_each_model([&](auto model, std::string_view type) {
        using T = decltype(model);
        auto const known = known_names<T>();
        for (std::string_view name : known) {
            for (std::string const& s : same_ends(name)) {
                if (!known.contains(s)) {
                    EXPECT_EQ(key_table<T>::find(s), key_table<T>::not_found) << type << ": " << s;
                    ++checked;
                }
            }
        }
    });
    EXPECT_GT(checked, 100u);
}

TEST(KeyTable, RejectsNamesOfOtherModels)
{
    std::set<std::string_view> everything;
    for_each_model([&](auto model, std::string_view) {
        auto const names = known_names<decltype(model)>();
        everything.insert(names.begin(), names.end());
    });
    for_each_model([&](auto model, std::string_view type) {
        using T = decltype(model);
        auto const known = known_names<T>();
        for (std::string_view name : everything) {
            if (known.contains(name))
                continue;
            EXPECT_EQ(key_table<T>::find(name), key_table<T>::not_found) << type << ": " << name;
        }
    });
}

TEST(KeyTable, RejectsOddStrings)
{
    using table = key_table<sfmodels::BackupProgressInfo>;
    EXPECT_EQ(table::find(""), table::not_found);
    EXPECT_EQ(table::find(std::string(1000, 'B')), table::not_found);
    EXPECT_EQ(table::find(std::string(13, '\0')), table::not_found);
    EXPECT_EQ(table::find("\xff\xfe\xfd"), table::not_found);
    EXPECT_EQ(table::find("BackupState\xc2\xa0"), table::not_found);
}

TEST(KeyTable, WorksAtCompileTime)
{
    static_assert(key_table<sfmodels::Epoch>::find("DataLossVersion") == 1);
    static_assert(key_table<sfmodels::Epoch>::find("DataLossNumber") == 1);
    static_assert(key_table<sfmodels::Epoch>::find("dataLossVersion") == key_table<sfmodels::Epoch>::not_found);
    static_assert(key_table<sfmodels::FabricError>::name(0) == "Error");
    SUCCEED();
}

// ---- sets of names that defeat a hash of a few bytes

// Same length, same first, middle and last bytes: MinInstanceCount and
// MaxInstanceCount differ in bytes 1 and 2 only.
struct Scaling
{
    int MinInstanceCount = 0;
    int MaxInstanceCount = 0;
    int ScaleIncrement = 0;
};
BOOST_DESCRIBE_STRUCT(Scaling, (), (MinInstanceCount, MaxInstanceCount, ScaleIncrement))

struct Bounds
{
    int MinReplicaSetSize = 0;
    int MaxReplicaSetSize = 0;
    int MinPartitionCount = 0;
    int MaxPartitionCount = 0;
    int MinInstanceCount = 0;
    int MaxInstanceCount = 0;
    int MinLoadValue = 0;
    int MaxLoadValue = 0;
    int MinNodeCount = 0;
    int MaxNodeCount = 0;
    int MinInstancePercentage = 0;
    int MaxInstancePercentage = 0;
};
BOOST_DESCRIBE_STRUCT(Bounds, (),
                      (MinReplicaSetSize, MaxReplicaSetSize, MinPartitionCount, MaxPartitionCount, MinInstanceCount,
                       MaxInstanceCount, MinLoadValue, MaxLoadValue, MinNodeCount, MaxNodeCount,
                       MinInstancePercentage, MaxInstancePercentage))

// Names split between a base and the derived struct: the table holds the
// members members_of<T> lists, with their indices there.
struct ScalingBase
{
    int MinInstanceCount = 0;
    int MaxInstanceCount = 0;
};
BOOST_DESCRIBE_STRUCT(ScalingBase, (), (MinInstanceCount, MaxInstanceCount))

struct ScalingDerived : ScalingBase
{
    int ScaleIncrement = 0;
    int MinInstanceCounts = 0;
    int MaxInstanceCounts = 0;
};
BOOST_DESCRIBE_STRUCT(ScalingDerived, (ScalingBase), (ScaleIncrement, MinInstanceCounts, MaxInstanceCounts))

// Each name a prefix of the next, across the lengths where the hash reads
// bytes, 4-byte words and 8-byte words.
struct Prefixes
{
    int A = 0;
    int Ab = 0;
    int Abc = 0;
    int Abcd = 0;
    int Abcde = 0;
    int Abcdefg = 0;
    int Abcdefgh = 0;
    int Abcdefghi = 0;
    int Abcdefghijklmnop = 0;
    int Abcdefghijklmnopq = 0;
    int Abcdefghijklmnopqrstuvwx = 0;
    int Abcdefghijklmnopqrstuvwxy = 0;
};
BOOST_DESCRIBE_STRUCT(Prefixes, (),
                      (A, Ab, Abc, Abcd, Abcde, Abcdefg, Abcdefgh, Abcdefghi, Abcdefghijklmnop, Abcdefghijklmnopq,
                       Abcdefghijklmnopqrstuvwx, Abcdefghijklmnopqrstuvwxy))

// 64 names of 20 bytes, all "AaaaaaaB" <digit> <digit> "MCcccccccZ": same
// length, first, middle (index 10) and last byte, and the same 8 bytes at
// either end; they differ only in bytes 8 and 9.
#define SF_WIDE_ROW(X, a) X(a, 0) X(a, 1) X(a, 2) X(a, 3) X(a, 4) X(a, 5) X(a, 6) X(a, 7)
#define SF_WIDE_ALL(X)                                                                                           \
    SF_WIDE_ROW(X, 0) SF_WIDE_ROW(X, 1) SF_WIDE_ROW(X, 2) SF_WIDE_ROW(X, 3) SF_WIDE_ROW(X, 4) SF_WIDE_ROW(X, 5) \
    SF_WIDE_ROW(X, 6) SF_WIDE_ROW(X, 7)
#define SF_WIDE_DECLARE(a, b) int AaaaaaaB##a##b##MCcccccccZ = 0;
#define SF_WIDE_POINTER(a, b) &Wide::AaaaaaaB##a##b##MCcccccccZ,
#define SF_WIDE_NAME(a, b) "AaaaaaaB" #a #b "MCcccccccZ",

struct Wide
{
    SF_WIDE_ALL(SF_WIDE_DECLARE)
};

std::string wide_name(std::size_t i)
{
    return "AaaaaaaB" + std::to_string(i / 8) + std::to_string(i % 8) + "MCcccccccZ";
}

// BOOST_DESCRIBE_STRUCT takes at most 52 members: Wide is described by hand,
// with the functions Boost.Describe finds by argument-dependent lookup.
constexpr std::array<int Wide::*, 64> wide_pointers{SF_WIDE_ALL(SF_WIDE_POINTER)};
constexpr std::array<char const*, 64> wide_names{SF_WIDE_ALL(SF_WIDE_NAME)};

template<std::size_t I>
struct wide_member
{
    static constexpr int Wide::*pointer = wide_pointers[I];
    static constexpr char const* name = wide_names[I];
    static constexpr unsigned modifiers = boost::describe::mod_public;
};

template<std::size_t... I>
constexpr boost::mp11::mp_list<wide_member<I>...> wide_members(std::index_sequence<I...>)
{
    return {};
}

[[maybe_unused]] constexpr boost::mp11::mp_list<> boost_base_descriptor_fn(Wide**) { return {}; }
[[maybe_unused]] constexpr auto boost_public_member_descriptor_fn(Wide**)
{
    return wide_members(std::make_index_sequence<64>{});
}
[[maybe_unused]] constexpr boost::mp11::mp_list<> boost_protected_member_descriptor_fn(Wide**) { return {}; }
[[maybe_unused]] constexpr boost::mp11::mp_list<> boost_private_member_descriptor_fn(Wide**) { return {}; }

static_assert(sfmodels::detail::member_count<Wide> == 64);

// Calls f(T{}, name) for the structs above.
template<class F>
void for_each_hard_set(F f)
{
    f(Scaling{}, "Scaling");
    f(Bounds{}, "Bounds");
    f(ScalingDerived{}, "ScalingDerived");
    f(Prefixes{}, "Prefixes");
    f(Wide{}, "Wide");
}

TEST(KeyTable, WideStructHasTheGeneratedNames)
{
    auto const names = member_names<Wide>();
    ASSERT_EQ(names.size(), 64u);
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(names[i], wide_name(i));
        EXPECT_EQ(names[i].size(), 20u);
        EXPECT_EQ(names[i].front(), 'A');
        EXPECT_EQ(names[i][names[i].size() / 2], 'M');
        EXPECT_EQ(names[i].back(), 'Z');
        EXPECT_EQ(names[i].substr(0, 8), names[0].substr(0, 8));
        EXPECT_EQ(names[i].substr(12), names[0].substr(12));
    }
}

TEST(KeyTable, FindsEveryNameOfSetsThatShareBytes)
{
    for_each_hard_set([](auto model, std::string_view type) {
        using T = decltype(model);
        auto const names = member_names<T>();
        ASSERT_FALSE(names.empty());
        for (std::size_t i = 0; i < names.size(); ++i) {
            EXPECT_EQ(key_table<T>::find(names[i]), static_cast<int>(i)) << type << '.' << names[i];
            // from a copy: no help from the address of the name
            std::string const copy(names[i]);
            EXPECT_EQ(key_table<T>::find(copy), static_cast<int>(i)) << type << '.' << names[i];
            EXPECT_EQ(key_table<T>::name(i), names[i]) << type;
        }
    });
}

TEST(KeyTable, RejectsNearMissesOfSetsThatShareBytes)
{
    std::size_t checked = 0;
    for_each_hard_set([&](auto model, std::string_view type) {
        using T = decltype(model);
        auto const names = member_names<T>();
        std::set<std::string_view> const known(names.begin(), names.end());
        for (std::string_view name : known) {
            auto misses = near_misses(name);
            auto const ends = same_ends(name);
            misses.insert(misses.end(), ends.begin(), ends.end());
            for (std::string const& s : misses) {
                if (known.contains(s))
                    continue;
                EXPECT_EQ(key_table<T>::find(s), key_table<T>::not_found) << type << ": " << s;
                ++checked;
            }
        }
    });
    EXPECT_GT(checked, 5000u);
}

TEST(KeyTable, RejectsEveryPrefixThatIsNotAName)
{
    using table = key_table<Prefixes>;
    std::string_view const longest = "Abcdefghijklmnopqrstuvwxyz";
    auto const names = member_names<Prefixes>();
    std::set<std::string_view> const known(names.begin(), names.end());
    for (std::size_t n = 0; n <= longest.size(); ++n) {
        std::string_view const s = longest.substr(0, n);
        if (known.contains(s))
            EXPECT_GE(table::find(s), 0) << s;
        else
            EXPECT_EQ(table::find(s), table::not_found) << s;
    }
}

// Names that agree outside two bytes must still spread over the table: the
// hash reads every byte, so lookups stay short.
TEST(KeyTable, HashSpreadsNamesThatDifferInTheMiddle)
{
    for (std::uint64_t seed : {0u, 1u, 7u, 31u}) {
        std::set<std::uint64_t> top7;
        for (std::size_t i = 0; i < 64; ++i)
            top7.insert(key_hash(wide_name(i), seed) >> 57);
        EXPECT_GT(top7.size(), 40u) << "seed " << seed;   // 64 balls in 128 bins: about 50 taken
    }
}

// The table is hashed in constant evaluation and probed at run time: both
// must give the same hash, for every length class.
constexpr std::array<std::string_view, 12> hash_samples{
    "x", "xy", "xyz", "Abcd", "Abcde", "Abcdefg", "Abcdefgh", "Abcdefghi",
    "Abcdefghijklmnop", "Abcdefghijklmnopq", "Abcdefghijklmnopqrstuvwxy", "\xff\x80\x01\x7f\xfe",
};
constexpr auto hash_samples_at_compile_time = [] {
    std::array<std::uint64_t, hash_samples.size()> h{};
    for (std::size_t i = 0; i < h.size(); ++i)
        h[i] = key_hash(hash_samples[i], 12345);
    return h;
}();

TEST(KeyTable, HashIsTheSameAtCompileTimeAndRunTime)
{
    for (std::size_t i = 0; i < hash_samples.size(); ++i) {
        std::string const copy(hash_samples[i]);   // a run-time string
        EXPECT_EQ(key_hash(copy, 12345), hash_samples_at_compile_time[i]) << hash_samples[i];
        // at an odd address: the word loads must not care
        std::string const shifted = "." + copy;
        EXPECT_EQ(key_hash(std::string_view(shifted).substr(1), 12345), hash_samples_at_compile_time[i]);
    }
}

TEST(KeyTable, SetsThatShareBytesWorkAtCompileTime)
{
    static_assert(key_table<Scaling>::find("MinInstanceCount") == 0);
    static_assert(key_table<Scaling>::find("MaxInstanceCount") == 1);
    static_assert(key_table<Scaling>::find("ScaleIncrement") == 2);
    static_assert(key_table<Scaling>::find("MidInstanceCount") == key_table<Scaling>::not_found);
    static_assert(key_table<Wide>::find("AaaaaaaB00MCcccccccZ") == 0);
    static_assert(key_table<Wide>::find("AaaaaaaB77MCcccccccZ") == 63);
    static_assert(key_table<Wide>::find("AaaaaaaB78MCcccccccZ") == key_table<Wide>::not_found);
    static_assert(key_table<Prefixes>::find("Abcdefghijklmnopq") == 9);
    static_assert(key_table<Prefixes>::find("Abcdefghijklmno") == key_table<Prefixes>::not_found);
    SUCCEED();
}

} // namespace key_table_test
} // namespace
