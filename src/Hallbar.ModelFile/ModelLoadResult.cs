using Hallbar.Domain;

namespace Hallbar.ModelFile;

/// <summary>The model read from a file, or every problem found in it.</summary>
public sealed record ModelLoadResult(OrganizationModel? Model, IReadOnlyList<ModelError> Errors)
{
    public bool IsValid => Model is not null && Errors.Count == 0;
}
