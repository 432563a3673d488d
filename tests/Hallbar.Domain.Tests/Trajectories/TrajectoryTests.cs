using Hallbar.Domain.Trajectories;

namespace Hallbar.Domain.Tests.Trajectories;

public sealed class TrajectoryTests
{
    [Fact]
    public void InPace_ClimateChapter2025_IsA23PercentReduction()
    {
        // "För att ligga i takt med målet skulle resultatet 2025 visat en minskning om 23%": the 2025
        // report's figure covers 2024, five of the eleven years from 2019 to 2030, on the way to -50 %.
        var path = new Trajectory(2019, 0, 2030, -50);
        const int reportYear = 2025, dataLag = 1;

        var inPace = path.InPace(reportYear - dataLag);

        Assert.Equal(-50.0 * 5 / 11, (double)inPace, 10);
        Assert.Equal(-23m, Math.Round(inPace, 0));
    }

    [Fact]
    public void InPace_WithoutTheDataLag_WouldNotMatchThePublishedFigure()
    {
        // Six of eleven years gives -27 %: the published 23 % only fits a one-year data lag.
        Assert.Equal(-27m, Math.Round(new Trajectory(2019, 0, 2030, -50).InPace(2025), 0));
    }

    [Fact]
    public void CompoundRateNeeded_FromMinus2ToMinus50InSixYears_IsAboutMinus10Percent()
    {
        var rate = Trajectory.CompoundRateNeeded(98, 50, 6);

        Assert.NotNull(rate);
        Assert.Equal(50.0, 98.0 * Math.Pow(1 + ((double)rate!.Value / 100), 6), 6);
    }

    [Fact]
    public void Constructor_TargetYearNotAfterBase_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Trajectory(2030, 0, 2019, -50));
    }
}
