using Hallbar.Domain.Measures;
using Hallbar.Domain.Periods;

namespace Hallbar.Domain.Tests;

/// <summary>Outcomes for consecutive years, for building measures in tests.</summary>
internal static class Years
{
    public static IReadOnlyList<Outcome> From(int firstYear, params decimal[] values) =>
        values.Select((v, i) => new Outcome(Period.OfYear(firstYear + i), v)).ToList();
}
