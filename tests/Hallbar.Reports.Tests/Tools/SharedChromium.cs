namespace Hallbar.Reports.Tests.Tools;

/// <summary>
/// The test classes that share one <see cref="ChromiumFixture"/>: mark a class
/// <c>[Collection(SharedChromium.Name)]</c> and take the fixture in its constructor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
