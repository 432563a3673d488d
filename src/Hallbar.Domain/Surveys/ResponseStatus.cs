namespace Hallbar.Domain.Surveys;

/// <summary>Whether a unit's answer is still being written or has been handed in.</summary>
public enum ResponseStatus
{
    /// <summary>Utkast: saved but not handed in; not counted in the results.</summary>
    Draft,

    /// <summary>Inskickad: handed in; counted in the results.</summary>
    Submitted,
}
