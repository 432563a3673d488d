namespace Hallbar.Web.Features.Surveys;

/// <summary>A message about one field of a form, said at the field and in the summary above the form, which links to it by its element id.</summary>
public sealed record FieldError(string FieldId, string Message);
