namespace Hallbar.ModelFile.Tests;

/// <summary>
/// The survey, barnbokslut and highlight parts of a model file: a good file reads and writes back
/// the same, and each mistake a writer of the file can make is reported at its JSON path with why.
/// </summary>
public sealed class SurveyModelFileTests
{
    internal const string Valid = """
        {
          "formatVersion": 1,
          "organization": {
            "id": "region-test",
            "name": "Region Test",
            "kind": "region",
            "units": [
              { "id": "forvaltning-a", "name": "Förvaltning A" },
              { "id": "forvaltning-b", "name": "Förvaltning B" }
            ]
          },
          "scales": [
            { "id": "utveckling", "name": "Utveckling", "grades": [ { "id": "inget-varde", "label": "Inget värde", "verdict": "noValue" } ] }
          ],
          "defaultScale": "utveckling",
          "goals": [],
          "surveys": [
            {
              "id": "sjalvskattning-2025",
              "year": 2025,
              "title": "Självskattning social hållbarhet 2025",
              "illustrative": true,
              "sentTo": [ "forvaltning-a", "forvaltning-b" ],
              "scale": [
                { "id": "helt", "label": "Stämmer helt" },
                { "id": "delvis", "label": "Stämmer delvis" },
                { "id": "vet-ej", "label": "Vet ej eller ej aktuellt", "dontKnow": true }
              ],
              "themes": [
                { "id": "social", "name": "Social hållbarhet", "statements": [ { "id": "roller", "text": "Rollerna är kända." } ] },
                { "id": "barn", "name": "Barnets rättigheter", "statements": [ { "id": "provning", "text": "Barnets bästa prövas." } ] }
              ],
              "questions": [ { "id": "styrkor", "text": "Styrkor" } ]
            }
          ],
          "surveyResponses": [
            { "survey": "sjalvskattning-2025", "unit": "forvaltning-a", "status": "submitted", "answers": { "roller": "helt", "provning": "vet-ej" }, "freeTexts": { "styrkor": "Tydliga roller." } },
            { "survey": "sjalvskattning-2025", "unit": "forvaltning-b", "status": "draft", "answers": { "roller": "delvis" } }
          ],
          "childRights": [
            {
              "year": 2025,
              "pilotsTrained": 13,
              "pilotsInTotal": 110,
              "surveyTheme": "barn",
              "decisions": [ { "title": "Barnakuten", "reference": "HSF250001-17", "unit": "forvaltning-a", "assessmentMade": true } ]
            }
          ],
          "highlights": [
            { "id": "nojda-resenarer", "year": 2025, "title": "Nöjda resenärer", "markdown": "Text.", "photo": { "source": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgjrUGAAEaAKQhAn7OAAAAAElFTkSuQmCC", "alt": "En guldfärgad buss", "credit": "Test Testsson" } }
          ]
        }
        """;

    [Fact]
    public void Read_ValidSurveyParts_GiveTheSurveyResponsesFactsAndHighlights()
    {
        var result = ModelFileReader.Read(Valid);

        Assert.Empty(result.Errors);
        var model = result.Model!;
        Assert.Equal(["roller", "provning"], model.Surveys.Single().Statements.Select(s => s.Id));
        Assert.True(model.Surveys[0].Illustrative);
        Assert.Equal(2, model.SurveyResponses.Count);
        Assert.Equal((13, 110), (model.ChildRights[0].PilotsTrained, model.ChildRights[0].PilotsInTotal));
        Assert.Equal("En guldfärgad buss", model.Highlights[0].Photo!.AltText);
    }

    [Fact]
    public void Write_SurveyParts_ReadBackToTheSameFile()
    {
        var written = ModelFileWriter.Write(ModelFileReader.Read(Valid).Model!);
        var reread = ModelFileReader.Read(written);

        Assert.Empty(reread.Errors);
        Assert.Equal(written, ModelFileWriter.Write(reread.Model!));
        Assert.Contains("\"provning\": \"vet-ej\"", written, StringComparison.Ordinal);
        Assert.Contains("\"credit\": \"Test Testsson\"", written, StringComparison.Ordinal);
        Assert.Contains("\"source\": \"data:image/png;base64,iVBORw0KGgo", written, StringComparison.Ordinal);
    }

    [Theory]
    // An answer to a statement the survey does not have would be lost from every result.
    [InlineData("\"roller\": \"helt\"", "\"rollen\": \"helt\"", "$.surveyResponses[0].answers.rollen", "rollen")]
    // A category outside the scale has no place in the chart.
    [InlineData("\"roller\": \"helt\"", "\"roller\": \"kanske\"", "$.surveyResponses[0].answers.roller", "kanske")]
    // A response from a unit the organization does not have cannot be shown with its unit.
    [InlineData("\"unit\": \"forvaltning-a\", \"status\"", "\"unit\": \"forvaltning-x\", \"status\"", "$.surveyResponses[0].unit", "forvaltning-x")]
    [InlineData("\"freeTexts\": { \"styrkor\"", "\"freeTexts\": { \"svagheter\"", "$.surveyResponses[0].freeTexts.svagheter", "svagheter")]
    [InlineData("\"survey\": \"sjalvskattning-2025\", \"unit\": \"forvaltning-b\"", "\"survey\": \"sjalvskattning-2024\", \"unit\": \"forvaltning-b\"", "$.surveyResponses[1].survey", "sjalvskattning-2024")]
    // The survey can only be sent to units the organization has.
    [InlineData("\"sentTo\": [ \"forvaltning-a\", \"forvaltning-b\" ]", "\"sentTo\": [ \"forvaltning-a\", \"forvaltning-x\" ]", "$.surveys[0].sentTo[1]", "forvaltning-x")]
    // Only a unit the survey was sent to answers it.
    [InlineData("\"sentTo\": [ \"forvaltning-a\", \"forvaltning-b\" ]", "\"sentTo\": [ \"forvaltning-a\" ]", "$.surveyResponses[1].unit", "not sent")]
    // Two "don't know" categories would make it unclear which one the report explains.
    [InlineData("\"label\": \"Stämmer delvis\" }", "\"label\": \"Stämmer delvis\", \"dontKnow\": true }", "$.surveys[0].scale", "don't know")]
    // The unanswered statements get their own category; the scale cannot take its id.
    [InlineData("{ \"id\": \"delvis\"", "{ \"id\": \"ej-besvarad\"", "$.surveys[0].scale[1].id", "unanswered")]
    [InlineData("\"pilotsInTotal\": 110", "\"pilotsInTotal\": 10", "$.childRights[0].pilotsInTotal", "13")]
    [InlineData("\"surveyTheme\": \"barn\"", "\"surveyTheme\": \"barnratt\"", "$.childRights[0].surveyTheme", "barnratt")]
    // Percentages are computed from the answers; a file cannot carry its own.
    [InlineData("\"status\": \"draft\",", "\"status\": \"draft\", \"percent\": 50,", "$.surveyResponses[1].percent", "unknown property")]
    [InlineData("\"status\": \"draft\"", "\"status\": \"sent\"", "$.surveyResponses[1].status", "submitted")]
    [InlineData("\"alt\": \"En guldfärgad buss\", ", "", "$.highlights[0].photo", "alt")]
    // An alternative text of spaces says nothing to a reader who cannot see the photo.
    [InlineData("\"alt\": \"En guldfärgad buss\"", "\"alt\": \"  \"", "$.highlights[0].photo.alt", "alternative text")]
    // The bytes decide what an image is, not what the URI claims: a report could not show a PNG said to be a JPEG.
    [InlineData("data:image/png;", "data:image/jpeg;", "$.highlights[0].photo.source", "holds a image/png")]
    [InlineData("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgjrUGAAEaAKQhAn7OAAAAAElFTkSuQmCC", "data:image/png;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "$.highlights[0].photo.source", "not a JPEG, PNG or WebP")]
    // A photo on the web would be fetched by every reader of the report, and could change or vanish.
    [InlineData("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgjrUGAAEaAKQhAn7OAAAAAElFTkSuQmCC", "https://example.org/buss.png", "$.highlights[0].photo.source", "web address")]
    // An uploaded file comes without the folder a photo path points into.
    [InlineData("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgjrUGAAEaAKQhAn7OAAAAAElFTkSuQmCC", "buss.png", "$.highlights[0].photo.source", "data: URI")]
    public void Read_MistakeInSurveyParts_ReportsPathAndReason(string find, string replace, string path, string inMessage)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var result = ModelFileReader.Read(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(result.Model);
        var error = Assert.Single(result.Errors, e => e.Path == path);
        Assert.Contains(inMessage, error.English, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Demo_HasIllustrativeAnswersFromEachOfTheSevenForvaltningar()
    {
        var survey = Demo.Model.Surveys.Single(s => s.Year == 2025);
        var forvaltningar = Demo.Model.Organization.Units.Where(u => u.ParentId is null).Select(u => u.Id).Order(StringComparer.Ordinal);

        Assert.True(survey.Illustrative);
        Assert.Equal(forvaltningar, survey.SentTo.Order(StringComparer.Ordinal));
        Assert.Equal(forvaltningar, Demo.Model.SurveyResponses.Where(r => r.SurveyId == survey.Id).Select(r => r.UnitId).Order(StringComparer.Ordinal));
        Assert.Equal(7, Demo.Model.SurveyResultFor(2025)!.Submitted);
        Assert.Equal((13, 110), (Demo.Model.ChildRights.Single().PilotsTrained, Demo.Model.ChildRights.Single().PilotsInTotal));
    }
}
