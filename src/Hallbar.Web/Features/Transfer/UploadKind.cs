namespace Hallbar.Web.Features.Transfer;

/// <summary>The two kinds of file read in on the import page.</summary>
public enum UploadKind
{
    /// <summary>A filled-in outcome template (.xlsx, .csv).</summary>
    Outcomes,

    /// <summary>A model file (.json) that replaces the organization's model.</summary>
    Model,
}
