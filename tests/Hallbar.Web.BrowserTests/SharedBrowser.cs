namespace Hallbar.Web.BrowserTests;

/// <summary>
/// The test classes that share one <see cref="BrowserFixture"/>. They run one after another, each with its
/// own server, which also keeps the load on a small machine to one browser at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
