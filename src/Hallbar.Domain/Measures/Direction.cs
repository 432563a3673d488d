namespace Hallbar.Domain.Measures;

/// <summary>Önskad riktning: which way is better.</summary>
public enum Direction
{
    None,
    Increase,
    Decrease,
}
