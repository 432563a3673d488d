namespace Hallbar.Reports.Model;

/// <summary>A term and what it means.</summary>
public sealed record Definition(string Term, string Meaning);
