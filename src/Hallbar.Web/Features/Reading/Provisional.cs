using Hallbar.Domain.Assessment;

namespace Hallbar.Web.Features.Reading;

/// <summary>Whether an assessment shown as final is still only the rules' suggestion.</summary>
public static class Provisional
{
    /// <summary>
    /// True when no person set it and it rests on at least one measure nobody assessed yet: a roll-up of
    /// assessments that were all set is final, a roll-up of the rules' suggestions is a suggestion too.
    /// </summary>
    public static bool IsProvisional(this AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return !result.FinalIsSet && result.Final is not null
            && (result.Level == AssessmentLevel.Measure || result.Children.Any(IsProvisional));
    }
}
