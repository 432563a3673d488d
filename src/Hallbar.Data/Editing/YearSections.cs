using Hallbar.Data.Rows;

namespace Hallbar.Data.Editing;

/// <summary>
/// A report year's narrative sections in the report's order (<see cref="Sections"/>), the sections that
/// apply to every year (<see cref="EveryYear"/>, shown but never copied), the order as read (<see cref="Order"/>,
/// which a change of the year's structure is made from) and the earlier years that have sections to start
/// from, nearest first.
/// </summary>
public sealed record YearSections(int Year, IReadOnlyList<SectionRow> Sections, IReadOnlyList<SectionRow> EveryYear, string Order, IReadOnlyList<int> SourceYears);
