namespace Hallbar.Web.Tests.Authorization;

/// <summary>
/// Who asks: the public, or a demo user of each role. The two reporters are seen from the matrix's
/// measure, which belongs to Fastighetsförvaltningen: one reports for that unit, the other for another.
/// </summary>
public enum Role
{
    Anonymous,
    Reader,
    Admin,
    UnitReporter,
    OtherReporter,
}
