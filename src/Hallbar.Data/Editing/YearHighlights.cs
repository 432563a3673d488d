using Hallbar.Domain.ChildRights;
using Hallbar.Domain.Highlights;

namespace Hallbar.Data.Editing;

/// <summary>A year's highlights in their order and its barnbokslut facts (null: none yet), each with the version a change is made from.</summary>
public sealed record YearHighlights(int Year, IReadOnlyList<Highlight> Highlights, int Version, ChildRightsFacts? ChildRights, int ChildRightsVersion);
