namespace Hallbar.Domain.Periods;

public enum PeriodKind
{
    Year,
    Quarter,
    Month,
}
