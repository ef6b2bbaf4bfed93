#include <sfmodels/codec/kind_of.hpp>

#include "support/shapes.hpp"

#include <sfmodels/codec/decode.hpp>

#include <gtest/gtest.h>

namespace {
namespace kind_of_test {

using sfmodels::kind_of;

TEST(KindOf, NamesTheHeldKindAsItsFamilyDeclaresIt)
{
    EXPECT_EQ(kind_of(sfmodels::one_of<shapes::FabricEvent>{shapes::NodeDownEvent{}}), "NodeDown");
    EXPECT_EQ(kind_of(sfmodels::one_of<shapes::FabricEvent>{shapes::ClusterEvent{}}), "ClusterEvent");
    EXPECT_EQ(kind_of(sfmodels::one_of<shapes::partition_schemes>{shapes::UniformInt64RangePartitionSchemeDescription{}}),
              "UniformInt64Range");
}

TEST(KindOf, IsEmptyForAnUnlistedKindKeptInTheBase)
{
    sfmodels::one_of<shapes::FabricEvent> v;
    ASSERT_FALSE(sfmodels::decode(R"({"Kind":"SomethingNew","EventInstanceId":"00000000-0000-0000-0000-000000000001",)"
                                  R"("TimeStamp":"2020-01-01T00:00:00Z"})",
                                  v));
    EXPECT_EQ(v.index(), 0u);
    EXPECT_EQ(kind_of(v), "");
}

TEST(KindOf, FollowsADecodedDocument)
{
    sfmodels::one_of<shapes::FabricEvent> v;
    ASSERT_FALSE(sfmodels::decode(R"({"Kind":"nodeup","EventInstanceId":"00000000-0000-0000-0000-000000000001",)"
                                  R"("TimeStamp":"2020-01-01T00:00:00Z","NodeName":"n","NodeInstanceId":"1"})",
                                  v));
    EXPECT_EQ(kind_of(v), "NodeUp");   // the declared spelling, not the received one
}

} // namespace kind_of_test
} // namespace
