namespace Hallbar.Web.BrowserTests.Accessibility;

/// <summary>Who looks at a page: the public, or a demo user of each role.</summary>
public enum Role
{
    Anonymous,
    Reader,
    Reporter,
    Admin,
}
