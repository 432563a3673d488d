using Hallbar.Domain;

namespace Hallbar.ModelFile.Tests;

/// <summary>The shipped demo dataset, read once per test run.</summary>
internal static class Demo
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "demo", "region-vastmanland-2025.json");

    private static readonly Lazy<OrganizationModel> Loaded = new(() =>
    {
        var result = ModelFileReader.ReadFile(Path);
        return result.Model ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    });

    public static OrganizationModel Model => Loaded.Value;
}
