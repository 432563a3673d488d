namespace Hallbar.Domain.Assessment;

public static class FinalAssessments
{
    /// <summary>The final assessment of a report year, on the node's own scale or on another one.</summary>
    public static FinalAssessment? FinalFor(this IReadOnlyList<FinalAssessment> assessments, int year, string? scaleId = null)
    {
        foreach (var assessment in assessments)
        {
            if (assessment.Year == year && assessment.ScaleId == scaleId)
            {
                return assessment;
            }
        }

        return null;
    }
}
