using System.Text.Json.Nodes;
using Hallbar.Domain.Assessment;
using Hallbar.Domain.Measures;

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

    [Fact]
    public void Write_FootnoteOnAWordOfTheHeading_IsWrittenAsItWasReadAndReadsBack()
    {
        // The demo's fossil-fuel indicator carries the seed's page footnote 7 after "transporter" in its heading.
        var written = ModelFileWriter.Write(Demo.Model);
        var node = JsonNode.Parse(written)!["goals"]!.AsArray().SelectMany(Nodes).Single(n => (string?)n["id"] == "fossilfria-transporter");
        var reread = ModelFileReader.Read(written).Model!.Goals.SelectMany(g => g.DescendantsAndSelf()).Single(n => n.Id == "fossilfria-transporter");

        Assert.Equal(
            """[{"text":"I mätningen ingår allmän och särskild kollektivtrafik och regionens egna fordon","on":"heading","after":"transporter"}]""",
            node["footnotes"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var footnote = Assert.Single(reread.Footnotes);
        Assert.Equal((FootnotePlace.Heading, "transporter", null, null), (footnote.Place, footnote.AfterWord, footnote.Period, footnote.SeriesId));
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode? node) =>
        node is null ? [] : [node, .. (node["children"]?.AsArray() ?? []).SelectMany(Nodes)];
}
