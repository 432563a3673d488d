namespace Hallbar.Domain.Assessment;

public enum AssessmentLevel
{
    Measure,
    Indicator,
    Goal,
    Area,
    Overall,
}
