namespace Hallbar.Data.Transfer;

/// <summary>The steps of an outcome import, in the order they run.</summary>
public enum ImportStep
{
    /// <summary>The file read as a table; counted in characters.</summary>
    Reading,

    /// <summary>Each row checked against the model and what is stored; counted in rows.</summary>
    Checking,

    /// <summary>The changed outcomes written; counted in outcomes.</summary>
    Writing,

    /// <summary>The organization's whole model checked with the new outcomes in place.</summary>
    CheckingWhole,
}
