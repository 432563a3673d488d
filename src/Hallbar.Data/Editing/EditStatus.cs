namespace Hallbar.Data.Editing;

public enum EditStatus
{
    Saved,

    /// <summary>Someone else changed the value since it was read; nothing was written.</summary>
    Conflict,

    /// <summary>The round of the year is approved; a change needs a reason and becomes a restatement.</summary>
    Locked,

    NotFound,

    /// <summary>The change itself is wrong (a text for a numeric measure, a grade the scale lacks).</summary>
    Invalid,
}
