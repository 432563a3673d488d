using Hallbar.Domain.Assessment;

namespace Hallbar.ModelFile.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Write_DemoModel_ReadsBackToTheSameModel()
    {
        var written = ModelFileWriter.Write(Demo.Model);
        var reread = ModelFileReader.Read(written);

        Assert.Empty(reread.Errors);
        Assert.Equal(written, ModelFileWriter.Write(reread.Model!));
    }

    [Fact]
    public void Write_DemoModel_AssessesTheSameAfterReadingBack()
    {
        var reread = ModelFileReader.Read(ModelFileWriter.Write(Demo.Model)).Model!;

        var before = ModelAssessor.Assess(Demo.Model, 2025).DescendantsAndSelf().Select(r => (r.Id, r.Suggestion?.Id, r.Final?.Id, r.Rationale.Text));
        var after = ModelAssessor.Assess(reread, 2025).DescendantsAndSelf().Select(r => (r.Id, r.Suggestion?.Id, r.Final?.Id, r.Rationale.Text));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Write_KeepsEveryOutcomeRestatementAndSection()
    {
        var reread = ModelFileReader.Read(ModelFileWriter.Write(Demo.Model)).Model!;

        Assert.Equal(Demo.Model.AllMeasures().SelectMany(m => m.Outcomes), reread.AllMeasures().SelectMany(m => m.Outcomes));
        Assert.Equal(Demo.Model.AllMeasures().SelectMany(m => m.Restatements), reread.AllMeasures().SelectMany(m => m.Restatements));
        Assert.Equal(Demo.Model.Sections, reread.Sections);
    }
}
