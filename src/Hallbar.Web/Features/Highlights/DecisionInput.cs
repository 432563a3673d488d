namespace Hallbar.Web.Features.Highlights;

/// <summary>A row of the barnbokslut's register of decisions in the form: stored (else the empty row for adding one), its fields, and whether to remove it.</summary>
public sealed class DecisionInput
{
    public bool Stored { get; set; }

    public string? Title { get; set; }

    public string? Reference { get; set; }

    public string? UnitId { get; set; }

    public bool AssessmentMade { get; set; }

    public bool Remove { get; set; }

    /// <summary>A new row left as the form offered it, which adds nothing.</summary>
    public bool IsEmptyNew => !Stored && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Reference) && string.IsNullOrWhiteSpace(UnitId) && !AssessmentMade;
}
