using Hallbar.Domain;
using Hallbar.ModelFile;
using Hallbar.Reports.Building;
using Hallbar.Reports.Model;

namespace Hallbar.Reports.Tests;

/// <summary>The demo dataset (Region Västmanland 2025) and its report, read once per test run.</summary>
internal static class Demo
{
    public const int Year = 2025;

    private static readonly Lazy<OrganizationModel> LazyModel = new(() =>
        ModelFileReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "demo.json"))).Model
        ?? throw new InvalidOperationException("The demo dataset does not load."));

    public static OrganizationModel Model => LazyModel.Value;

    public static Report Report(string language = "sv") => ReportBuilder.Build(Model, Year, language);
}
