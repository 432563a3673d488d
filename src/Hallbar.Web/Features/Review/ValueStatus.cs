namespace Hallbar.Web.Features.Review;

/// <summary>Where a value of the round stands.</summary>
public enum ValueStatus
{
    /// <summary>Nothing is entered yet.</summary>
    NotEntered,

    /// <summary>Entered as missing, with a reason.</summary>
    Missing,

    Entered,
}
