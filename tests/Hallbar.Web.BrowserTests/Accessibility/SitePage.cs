namespace Hallbar.Web.BrowserTests.Accessibility;

/// <summary>A page of Hallbar in one state, the roles that may see it, and how a person gets there.</summary>
/// <param name="Name">The case's name in the test run.</param>
/// <param name="ShowAsync">Leaves the visitor's page in the state to check.</param>
public sealed record SitePage(string Name, IReadOnlyList<Role> Roles, Func<Visitor, Task> ShowAsync)
{
    public override string ToString() => Name;
}
