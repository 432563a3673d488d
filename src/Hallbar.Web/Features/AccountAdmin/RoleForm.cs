using Hallbar.Web.Features.Surveys;

namespace Hallbar.Web.Features.AccountAdmin;

/// <summary>The role and units fields as the create and edit forms show them: the choices, what is chosen and the errors.</summary>
public sealed record RoleForm(IReadOnlyList<UnitChoice> Units, string? Role, IReadOnlyCollection<string> Chosen, IReadOnlyList<FieldError> Errors);
