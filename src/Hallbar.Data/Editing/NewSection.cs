namespace Hallbar.Data.Editing;

/// <summary>
/// A narrative section added to a year: its title, the goal area whose chapter it is (null for none), and
/// after which of the year's sections it comes (null: last); made from the year's order as read (<see cref="YearSections.Order"/>).
/// </summary>
public sealed record NewSection(string OrganizationId, int Year, string Title, string? NodeId, string? AfterId, string ReadOrder, string ChangedBy);
