namespace Hallbar.Domain.Measures;

/// <summary>
/// Målvärde. <see cref="Label"/> is the target as published ("-50%, basår 2019"), when given. A dated
/// target applies up to its year and is kept after it ("nivån kvarhålles"), unless it is for
/// <see cref="OnlyThatYear"/>.
/// </summary>
public abstract record Target(int? Year, string? Label)
{
    public bool OnlyThatYear { get; init; }
}
