using CsCheck;
using Hallbar.Domain.Surveys;

namespace Hallbar.Domain.Tests.Surveys;

public sealed class PercentagesTests
{
    [Fact]
    public void RoundToWhole_ThreeThirds_GivesTheExtraPointToTheFirst()
    {
        // 33,3 three times rounds to 99 on its own; ties go to the earlier category.
        Assert.Equal([34, 33, 33], Percentages.RoundToWhole([100m / 3, 100m / 3, 100m / 3]));
    }

    [Fact]
    public void RoundToWhole_AnyCountsOfSevenOrFewerUnits_AddUpTo100()
    {
        Gen.Int[0, 7].Array[2, 6].Where(c => c.Sum() > 0).Sample(counts =>
        {
            var total = counts.Sum();
            var shown = Percentages.RoundToWhole([.. counts.Select(c => c * 100m / total)]);
            Assert.Equal(100, shown.Sum());
            Assert.All(shown.Zip(counts), p => Assert.True(Math.Abs(p.First - p.Second * 100m / total) < 1));
        });
    }
}
