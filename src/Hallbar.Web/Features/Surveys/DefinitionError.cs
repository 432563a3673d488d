namespace Hallbar.Web.Features.Surveys;

/// <summary>What is wrong with the definition form, at the field (its element id) where it is put right.</summary>
public sealed record DefinitionError(string Field, string Message);
