namespace Hallbar.ModelFile.Tests;

/// <summary>
/// Each test makes one change to a small valid model and checks that the reader answers with the
/// problem's JSON path, its line (and column), and a message that names the reason. Expected
/// positions are found in the JSON text itself, so the tests keep working when the model grows.
/// </summary>
public sealed class BadModelFileTests
{
    private const string Goal = "$.goals[0].children[0]";
    private const string Utslapp = Goal + ".measures[0]";
    private const string Resor = Goal + ".measures[1]";
    private const string Ledarskap = Goal + ".measures[2]";

    internal const string Valid = """
        {
          "$schema": "../../schema/hallbar-model-1.schema.json",
          "formatVersion": 1,
          "organization": {
            "id": "region-test",
            "name": "Region Test",
            "kind": "region",
            "units": [
              { "id": "forvaltning-a", "name": "Förvaltning A" },
              { "id": "verksamhet-b", "name": "Verksamhet B", "parent": "forvaltning-a" },
              { "id": "forvaltning-c", "name": "Förvaltning C" }
            ]
          },
          "scales": [
            {
              "id": "utveckling",
              "name": "Utveckling",
              "grades": [
                { "id": "positiv", "label": "Positiv", "score": 1, "verdict": "positive" },
                { "id": "oforandrad", "label": "Oförändrad", "score": 0, "verdict": "unchanged" },
                { "id": "negativ", "label": "Negativ", "score": -1, "verdict": "negative" },
                { "id": "inget-varde", "label": "Inget värde", "verdict": "noValue" }
              ]
            }
          ],
          "defaultScale": "utveckling",
          "goals": [
            {
              "id": "omrade-klimat",
              "kind": "area",
              "name": "Klimat",
              "rollUp": { "method": "key", "key": "mal-utslapp" },
              "children": [
                {
                  "id": "mal-utslapp",
                  "kind": "goal",
                  "name": "Minskade utsläpp",
                  "targetYear": 2030,
                  "assessments": [
                    { "year": 2024, "grade": "positiv" }
                  ],
                  "measures": [
                    {
                      "id": "utslapp",
                      "name": "Utsläpp av växthusgaser",
                      "kind": "numeric",
                      "unit": "kton",
                      "direction": "decrease",
                      "baseline": { "year": 2019, "value": 100 },
                      "series": [
                        { "id": "riket", "name": "Riket", "role": "comparison" }
                      ],
                      "targets": [
                        { "kind": "level", "value": 50, "year": 2030 }
                      ],
                      "rule": { "kind": "path" },
                      "unitAggregation": "sum",
                      "outcomes": [
                        { "period": "2023", "value": 80 },
                        { "period": "2024", "value": 75, "orgUnit": "forvaltning-a" },
                        { "period": "2024", "value": 70, "series": "riket" }
                      ],
                      "restatements": [
                        { "period": "2023", "oldValue": 82, "newValue": 80, "restatedIn": 2024, "reason": "Ny beräkning" }
                      ]
                    },
                    {
                      "id": "resor",
                      "name": "Resor per färdsätt",
                      "kind": "composite",
                      "unit": "%",
                      "direction": "increase",
                      "series": [
                        { "id": "buss", "name": "Buss" },
                        { "id": "tag", "name": "Tåg" }
                      ],
                      "rule": { "kind": "previousYear" },
                      "outcomes": [
                        { "period": "2023", "series": "buss", "value": 10 },
                        { "period": "2023", "series": "tag", "value": 4 },
                        { "period": "2024", "series": "buss", "value": 12 },
                        { "period": "2024", "series": "tag", "value": 5 }
                      ]
                    },
                    {
                      "id": "ledarskap",
                      "name": "Hållbart ledarskap",
                      "kind": "qualitative",
                      "responsibleUnit": "verksamhet-b",
                      "outcomes": [
                        { "period": "2024", "text": "Ny policy antagen" }
                      ]
                    }
                  ]
                }
              ]
            }
          ],
          "sections": [
            { "id": "inledning", "title": "Inledning", "node": "mal-utslapp", "markdown": "Text." }
          ]
        }
        """;

    [Fact]
    public void Read_ValidModel_HasNoErrors()
    {
        var result = ModelFileReader.Read(Valid);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
    }

    [Theory]
    // A string where a number belongs: a figure pasted with quotes must not pass as a value.
    [InlineData("\"value\": 75", "\"value\": \"75\"", Utslapp + ".outcomes[1].value", new[] { "'value'", "wrong type", "number", "string" })]
    // A year must be a whole number: 2030.5 is a number but not a year.
    [InlineData("\"targetYear\": 2030", "\"targetYear\": 2030.5", Goal + ".targetYear", new[] { "'targetYear'", "wrong type", "integer" })]
    // An object where the file has a plain word: the rule cannot be read at all.
    [InlineData("\"rule\": { \"kind\": \"path\" }", "\"rule\": \"path\"", Utslapp + ".rule", new[] { "'rule'", "wrong type", "object", "string" })]
    // The version as a string is not version 1: a reader must not guess.
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": \"1\"", "$.formatVersion", new[] { "\"1\"", "'formatVersion'", "must be 1" })]
    // An unknown enum value: the message must list what is allowed so the fix is obvious.
    [InlineData("\"kind\": \"numeric\"", "\"kind\": \"numerical\"", Utslapp + ".kind", new[] { "\"numerical\"", "\"numeric\"", "\"changeFromBase\"", "\"composite\"", "\"qualitative\"" })]
    // Ids are lower-case words joined by hyphens; capitals would break references and URLs.
    [InlineData("\"id\": \"resor\"", "\"id\": \"Resor\"", Resor + ".id", new[] { "\"Resor\"", "'id'", "lower-case" })]
    // A period that looks like a month but is not one.
    [InlineData("\"period\": \"2023\", \"value\": 80", "\"period\": \"2023-13\", \"value\": 80", Utslapp + ".outcomes[0].period", new[] { "\"2023-13\"", "'period'", "quarter" })]
    // A year far outside any plausible range is a typo, not data.
    [InlineData("\"restatedIn\": 2024", "\"restatedIn\": 20024", Utslapp + ".restatements[0].restatedIn", new[] { "20024", "2200" })]
    // A level target without its level: the error is on the target, naming what it lacks.
    [InlineData("{ \"kind\": \"level\", \"value\": 50, \"year\": 2030 }", "{ \"kind\": \"level\", \"year\": 2030 }", Utslapp + ".targets[0]", new[] { "\"value\"" })]
    public void Read_ValueOfWrongShape_ReportsTheValueAndWhy(string find, string replace, string path, string[] inMessage)
    {
        var json = Change(Valid, find, replace);

        var error = SingleError(json);

        AssertAt(error, path, json, replace);
        AssertMentions(error, inMessage);
    }

    [Fact]
    public void Read_MeasureWithoutName_ReportsTheMeasureAndTheMissingField()
    {
        // A required field that is missing has no place of its own: the error points at the object lacking it.
        var json = Change(Valid, "\"name\": \"Utsläpp av växthusgaser\",", string.Empty);

        var error = SingleError(json);

        Assert.Equal(Utslapp, error.Path);
        Assert.Equal(LineOfObjectAround(json, "\"id\": \"utslapp\""), error.Line);
        AssertMentions(error, ["name"]);
    }

    [Fact]
    public void Read_ProgressRatioRuleWithoutBands_ReportsTheRule()
    {
        // The schema demands bands for this rule; the "if" that selects the demand must not be reported itself.
        var json = Change(Valid, "\"rule\": { \"kind\": \"path\" }", "\"rule\": { \"kind\": \"progressRatio\" }");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".rule", json, "\"rule\": { \"kind\": \"progressRatio\" }");
        AssertMentions(error, ["bands"]);
    }

    [Fact]
    public void Read_FormatVersion2_IsRefusedWithTheVersions()
    {
        // A newer file must be refused outright, not half-read against the wrong schema.
        var json = Change(Valid, "\"formatVersion\": 1", "\"formatVersion\": 2");

        var error = SingleError(json);

        AssertAt(error, "$.formatVersion", json, "\"formatVersion\": 2");
        AssertMentions(error, ["version 1", "version 2"]);
    }

    [Fact]
    public void Read_MissingComma_ReportsTheLineWhereTheParserStops()
    {
        // The parser notices a missing comma at the next token; that line is where an editor shows the problem too.
        var json = Change(Valid, "\"kind\": \"qualitative\",", "\"kind\": \"qualitative\"");

        var error = SingleError(json);

        Assert.Equal(PositionOf(json, "\"responsibleUnit\""), (error.Line, error.Column));
        AssertMentions(error, ["Not valid JSON"]);
        Assert.Equal("Ogiltig JSON: '\"' kan inte stå direkt efter ett värde: där ska ',', '}' eller ']' stå (saknas ett kommatecken?).", error.Message);
    }

    [Fact]
    public void Read_UnterminatedString_ReportsItsLine()
    {
        // A string cannot run past the end of its line, so the error belongs on the line where it starts.
        var json = Change(Valid, "\"markdown\": \"Text.\" }", "\"markdown\": \"Text. }");

        var error = SingleError(json);

        Assert.Equal(LineOf(json, "\"markdown\": \"Text. }"), error.Line);
        AssertMentions(error, ["Not valid JSON"]);
        Assert.Contains("avslutande citattecknet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedFile_ReportsTheLastLine()
    {
        // A file cut short (a failed copy, an unsaved editor) ends inside an object.
        var json = Valid[..Valid.LastIndexOf('}')];

        var error = SingleError(json);

        Assert.Equal(json.Split('\n').Length, error.Line);
        AssertMentions(error, ["Not valid JSON"]);
        Assert.StartsWith("Ogiltig JSON: Filen tar slut", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // The default scale is used by every node that names none; a typo would leave all of them unassessable.
    [InlineData("\"defaultScale\": \"utveckling\"", "\"defaultScale\": \"utvecklingen\"", "$.defaultScale", new[] { "'utvecklingen'", "'utveckling'" })]
    // A final assessment with a grade the scale lacks could not be printed.
    [InlineData("\"grade\": \"positiv\"", "\"grade\": \"bra\"", Goal + ".assessments[0].grade", new[] { "'bra'", "'utveckling'", "'positiv'" })]
    // An outcome for an org unit that does not exist would be lost from the unit roll-up.
    [InlineData("\"orgUnit\": \"forvaltning-a\"", "\"orgUnit\": \"forvaltning-x\"", Utslapp + ".outcomes[1].orgUnit", new[] { "'forvaltning-x'" })]
    // An outcome for a series the measure does not have would never be shown.
    [InlineData("\"series\": \"riket\"", "\"series\": \"sverige\"", Utslapp + ".outcomes[2].series", new[] { "'sverige'", "'riket'", "'utslapp'" })]
    // A unit under a parent that does not exist breaks the org tree.
    [InlineData("\"parent\": \"forvaltning-a\"", "\"parent\": \"forvaltning-x\"", "$.organization.units[1].parent", new[] { "'forvaltning-x'" })]
    // A responsible unit that does not exist.
    [InlineData("\"responsibleUnit\": \"verksamhet-b\"", "\"responsibleUnit\": \"forvaltning-x\"", Ledarskap + ".responsibleUnit", new[] { "'forvaltning-x'" })]
    // A "key" roll-up whose deciding child is not there would decide nothing.
    [InlineData("\"key\": \"mal-utslapp\"", "\"key\": \"mal-okand\"", "$.goals[0].rollUp.key", new[] { "'mal-okand'" })]
    // A narrative section tied to a node that does not exist would be printed nowhere.
    [InlineData("\"node\": \"mal-utslapp\"", "\"node\": \"mal-okand\"", "$.sections[0].node", new[] { "'mal-okand'" })]
    public void Read_UnknownReference_ReportsTheReferenceAndTheUnknownId(string find, string replace, string path, string[] inMessage)
    {
        var json = Change(Valid, find, replace);

        var error = SingleError(json);

        AssertAt(error, path, json, replace);
        AssertMentions(error, inMessage);
    }

    [Theory]
    // Two measures with one id: references and stored history could attach to either.
    [InlineData("\"id\": \"ledarskap\"", "\"id\": \"utslapp\"", Ledarskap + ".id", new[] { "Duplicate id 'utslapp'", Utslapp })]
    // Two units with one id: outcomes per unit would be ambiguous.
    [InlineData("\"id\": \"forvaltning-c\"", "\"id\": \"forvaltning-a\"", "$.organization.units[2].id", new[] { "Duplicate unit id 'forvaltning-a'" })]
    // Two grades with one id in a scale: an assessment could not say which it means.
    [InlineData("\"id\": \"inget-varde\"", "\"id\": \"positiv\"", "$.scales[0].grades[3].id", new[] { "Duplicate grade id 'positiv'", "'utveckling'" })]
    // Nodes and measures share one id space: a roll-up key or a section must name exactly one of them.
    [InlineData("\"id\": \"ledarskap\"", "\"id\": \"mal-utslapp\"", Ledarskap + ".id", new[] { "Duplicate id 'mal-utslapp'", Goal })]
    public void Read_DuplicateId_ReportsTheSecondOccurrence(string find, string replace, string path, string[] inMessage)
    {
        var json = Change(Valid, find, replace);

        var error = SingleError(json);

        // The replaced text now occurs twice; the error belongs where the change was made.
        Assert.Equal(path, error.Path);
        Assert.Equal(PositionOf(Valid, find), (error.Line, error.Column));
        AssertMentions(error, inMessage);
    }

    [Fact]
    public void Read_SecondOutcomeForTheSamePeriod_ReportsTheSecond()
    {
        // Two values for one year: the report would have to pick one without saying which.
        var json = Change(Valid, "{ \"period\": \"2023\", \"value\": 80 },", "{ \"period\": \"2023\", \"value\": 80 }, { \"period\": \"2023\", \"value\": 81 },");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".outcomes[1]", json, "{ \"period\": \"2023\", \"value\": 81 }");
        AssertMentions(error, ["second outcome", "2023"]);
    }

    [Fact]
    public void Read_UnitThatIsItsOwnParent_ReportsTheParent()
    {
        // A cycle in the org tree would make every walk up the tree run forever.
        var json = Change(Valid, "{ \"id\": \"forvaltning-c\", \"name\": \"Förvaltning C\" }", "{ \"id\": \"forvaltning-c\", \"name\": \"Förvaltning C\", \"parent\": \"forvaltning-c\" }");

        var error = SingleError(json);

        AssertAt(error, "$.organization.units[2].parent", json, "\"parent\": \"forvaltning-c\"");
        AssertMentions(error, ["'forvaltning-c'", "own ancestor"]);
    }

    [Fact]
    public void Read_TwoUnitsThatAreEachOthersParent_ReportsBoth()
    {
        // Both units of a two-step cycle are their own ancestors, and both parents must be fixed or one removed.
        var json = Change(Valid, "{ \"id\": \"forvaltning-a\", \"name\": \"Förvaltning A\" }", "{ \"id\": \"forvaltning-a\", \"name\": \"Förvaltning A\", \"parent\": \"verksamhet-b\" }");

        var errors = ModelFileReader.Read(json).Errors;

        Assert.Collection(
            errors.OrderBy(e => e.Line),
            a =>
            {
                AssertAt(a, "$.organization.units[0].parent", json, "\"parent\": \"verksamhet-b\"");
                AssertMentions(a, ["'forvaltning-a'", "own ancestor"]);
            },
            b =>
            {
                AssertAt(b, "$.organization.units[1].parent", json, "\"parent\": \"forvaltning-a\"");
                AssertMentions(b, ["'verksamhet-b'", "own ancestor"]);
            });
    }

    [Theory]
    // An outcome after the goal's target year belongs to no report of this goal.
    [InlineData("\"period\": \"2024\", \"value\": 75", "\"period\": \"2031\", \"value\": 75", Utslapp + ".outcomes[1].period", new[] { "2031", "after", "2030" })]
    // An outcome before the base year cannot be measured against the base.
    [InlineData("\"period\": \"2024\", \"value\": 75", "\"period\": \"2018\", \"value\": 75", Utslapp + ".outcomes[1].period", new[] { "2018", "before", "2019" })]
    // A final assessment after the target year is for a goal that has ended.
    [InlineData("\"year\": 2024, \"grade\": \"positiv\"", "\"year\": 2031, \"grade\": \"positiv\"", Goal + ".assessments[0].year", new[] { "2031", "after", "2030" })]
    // A target set beyond the goal's own year would be judged in reports of a goal that has ended.
    [InlineData("\"year\": 2030 }", "\"year\": 2031 }", Utslapp + ".targets[0].year", new[] { "2031", "after", "2030" })]
    // A target to reach by the base year, or before it, leaves no path to draw from the base.
    [InlineData("\"year\": 2030 }", "\"year\": 2019 }", Utslapp + ".targets[0].year", new[] { "2019", "base year" })]
    public void Read_YearOutsideTheGoalsRange_ReportsTheYearAndTheLimit(string find, string replace, string path, string[] inMessage)
    {
        var json = Change(Valid, find, replace);

        var error = SingleError(json);

        AssertAt(error, path, json, replace);
        AssertMentions(error, inMessage);
    }

    [Fact]
    public void Read_CompositeMissingASeriesForAYear_LoadsButMakesNoTotalForThatYear()
    {
        // Reporters enter a composite's series one at a time, so a year may lack one for a while; it must
        // then count as unknown, never as if the series were zero.
        var json = Change(Valid, "{ \"period\": \"2024\", \"series\": \"buss\", \"value\": 12 },", string.Empty);

        var result = ModelFileReader.Read(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var resor = result.Model!.AllMeasures().Single(m => m.Id == "resor");
        Assert.Null(Domain.Measures.MeasureValues.ForYear(resor, 2024));
        Assert.NotNull(Domain.Measures.MeasureValues.ForYear(resor, 2024, "tag"));
    }

    [Fact]
    public void Read_OutcomeWithBothValueAndText_ReportsTheOutcome()
    {
        // Exactly one of value, text or missing: with two, which one is the outcome?
        var json = Change(Valid, "{ \"period\": \"2024\", \"value\": 75, ", "{ \"period\": \"2024\", \"value\": 75, \"text\": \"Sjuttiofem\", ");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".outcomes[1]", json, "{ \"period\": \"2024\", \"value\": 75, \"text\"");
        AssertMentions(error, ["exactly one", "\"value\"", "\"text\""]);
    }

    [Fact]
    public void Read_QualitativeMeasureWithNumber_ReportsTheValue()
    {
        // A qualitative measure is followed up in words; a number there is a measure of the wrong kind.
        var json = Change(Valid, "\"text\": \"Ny policy antagen\"", "\"value\": 3");

        var error = SingleError(json);

        AssertAt(error, Ledarskap + ".outcomes[0].value", json, "\"value\": 3");
        AssertMentions(error, ["'ledarskap'", "qualitative", "\"text\""]);
    }

    [Fact]
    public void Read_NumericMeasureWithText_ReportsTheText()
    {
        // The mirror case: a numeric measure cannot be assessed from words.
        var json = Change(Valid, "\"value\": 75,", "\"text\": \"Sjuttiofem\",");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".outcomes[1].text", json, "\"text\": \"Sjuttiofem\"");
        AssertMentions(error, ["'utslapp'", "numeric", "\"value\""]);
    }

    [Fact]
    public void Read_AnnualChangeRuleWithoutAnnualChangeTarget_ReportsTheRule()
    {
        // The rule compares with a yearly rate; without an annualChange target there is nothing to compare with.
        var json = Change(Valid, "\"rule\": { \"kind\": \"path\" }", "\"rule\": { \"kind\": \"annualChange\" }");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".rule", json, "\"rule\": { \"kind\": \"annualChange\" }");
        AssertMentions(error, ["'annualChange'", "target of kind \"annualChange\""]);
    }

    [Fact]
    public void Read_PathRuleWithoutBaseline_ReportsTheRule()
    {
        // The path runs from the base year's value; without a baseline it has no start.
        var json = Change(Valid, "\"baseline\": { \"year\": 2019, \"value\": 100 },", string.Empty);

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".rule", json, "\"rule\": { \"kind\": \"path\" }");
        AssertMentions(error, ["'path'", "\"baseline\""]);
    }

    [Fact]
    public void Read_RuleWithoutDirection_ReportsTheMissingDirectionAtTheMeasure()
    {
        // Whether a change is good depends on the desired direction; a missing property is located at its object.
        var json = Change(Valid, "\"direction\": \"decrease\",", string.Empty);

        var error = SingleError(json);

        Assert.Equal(Utslapp + ".direction", error.Path);
        Assert.Equal(LineOfObjectAround(json, "\"id\": \"utslapp\""), error.Line);
        AssertMentions(error, ["'path'", "direction"]);
    }

    [Fact]
    public void Read_RestatementWhoseNewValueDiffersFromTheOutcome_ReportsBothValues()
    {
        // The outcome is the current value; a restatement that says otherwise means one of them is wrong.
        var json = Change(Valid, "\"newValue\": 80", "\"newValue\": 81");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".restatements[0].newValue", json, "\"newValue\": 81");
        AssertMentions(error, ["81", "80"]);
    }

    [Fact]
    public void Read_SeveralSemanticProblems_ReportsThemAll()
    {
        // A user fixing a file wants every problem in one pass, not one per attempt.
        var json = Change(Valid, "\"grade\": \"positiv\"", "\"grade\": \"bra\"");
        json = Change(json, "\"orgUnit\": \"forvaltning-a\"", "\"orgUnit\": \"forvaltning-x\"");
        json = Change(json, "\"node\": \"mal-utslapp\"", "\"node\": \"mal-okand\"");
        json = Change(json, "\"id\": \"inget-varde\"", "\"id\": \"negativ\"");

        var result = ModelFileReader.Read(json);

        Assert.Null(result.Model);
        Assert.Equal(4, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Path == "$.scales[0].grades[3].id" && e.Line == LineOf(Valid, "\"id\": \"inget-varde\""));
        Assert.Contains(result.Errors, e => e.Path == Goal + ".assessments[0].grade" && e.Line == LineOf(json, "\"grade\": \"bra\""));
        Assert.Contains(result.Errors, e => e.Path == Utslapp + ".outcomes[1].orgUnit" && e.Line == LineOf(json, "\"orgUnit\": \"forvaltning-x\""));
        Assert.Contains(result.Errors, e => e.Path == "$.sections[0].node" && e.Line == LineOf(json, "\"node\": \"mal-okand\""));
    }

    [Fact]
    public void Read_SeveralShapeProblems_ReportsThemAllInFileOrder()
    {
        // Shape problems are found together too, and listed as they stand in the file.
        var json = Change(Valid, "\"kind\": \"numeric\"", "\"kind\": \"numerical\"");
        json = Change(json, "\"value\": 75", "\"value\": \"75\"");
        json = Change(json, "\"title\": \"Inledning\", ", string.Empty);

        var errors = ModelFileReader.Read(json).Errors;

        Assert.Collection(
            errors,
            e => AssertAt(e, Utslapp + ".kind", json, "\"kind\": \"numerical\""),
            e => AssertAt(e, Utslapp + ".outcomes[1].value", json, "\"value\": \"75\""),
            e => AssertAt(e, "$.sections[0]", json, "{ \"id\": \"inledning\""));
    }

    [Fact]
    public void Describe_ReadsLineThenPathThenMessageInEitherLanguage()
    {
        // Editors and people both find the line first; the reason is in the reader's language, Swedish unless asked.
        var json = Change(Valid, "\"key\": \"mal-utslapp\"", "\"key\": \"mal-okand\"");

        var error = SingleError(json);

        var line = LineOf(json, "\"key\": \"mal-okand\"");
        Assert.Equal($"rad {line}, $.goals[0].rollUp.key: {error.Message}", error.ToString());
        Assert.Equal($"line {line}, $.goals[0].rollUp.key: {error.English}", error.Describe(english: true));
        Assert.StartsWith("Det finns ingen 'mal-okand'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown key 'mal-okand'", error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownProperty_SaysItIsUnknown()
    {
        // A misspelt property ("colour" for a field the format lacks) would otherwise be silently ignored.
        var json = Change(Valid, "\"unit\": \"kton\",", "\"unit\": \"kton\", \"colour\": \"green\",");

        var error = SingleError(json);

        AssertAt(error, Utslapp + ".colour", json, "\"colour\"");
        AssertMentions(error, ["Unknown property 'colour'"]);
    }

    [Fact]
    public void Read_UnitBelowACycle_IsNotBlamedForIt()
    {
        // A and B are each other's parent; C merely hangs below A and is not part of the cycle.
        var json = Change(Valid, "{ \"id\": \"forvaltning-a\", \"name\": \"Förvaltning A\" }", "{ \"id\": \"forvaltning-a\", \"name\": \"Förvaltning A\", \"parent\": \"verksamhet-b\" }");
        json = Change(json, "{ \"id\": \"forvaltning-c\", \"name\": \"Förvaltning C\" }", "{ \"id\": \"forvaltning-c\", \"name\": \"Förvaltning C\", \"parent\": \"forvaltning-a\" }");

        var errors = ModelFileReader.Read(json).Errors;

        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain(errors, e => e.Path.StartsWith("$.organization.units[2]", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MalformedOutcomeThatIsRestated_GivesOnlyTheOutcomesError()
    {
        // The restatement refers to an outcome that exists but is malformed: one problem, one message.
        var json = Change(Valid, "{ \"period\": \"2023\", \"value\": 80 }", "{ \"period\": \"2023\", \"value\": 80, \"text\": \"Åttio\" }");

        var error = SingleError(json);

        Assert.Equal(Utslapp + ".outcomes[0]", error.Path);
    }

    [Fact]
    public void Read_OutcomeAfterTargetYearWithDataLag_NamesTheTargetYearAndTheLastReportYear()
    {
        // With a one-year data lag the 2031 report still covers 2030; 2032 is past the goal.
        var json = Change(Valid, "\"unit\": \"kton\",", "\"unit\": \"kton\", \"dataLag\": 1,");
        json = Change(json, "{ \"period\": \"2023\", \"value\": 80 },", "{ \"period\": \"2023\", \"value\": 80 }, { \"period\": \"2032\", \"value\": 60 },");

        var error = SingleError(json);

        Assert.Equal(Utslapp + ".outcomes[1].period", error.Path);
        AssertMentions(error, ["2032", "2030", "2031"]);
    }

    [Fact]
    public void Read_MissingCommaAfterSwedishText_CountsTheColumnInCharacters()
    {
        // Editors count characters, not UTF-8 bytes; "Oförändrad" has two letters of two bytes each.
        var json = Change(Valid, "\"label\": \"Oförändrad\",", "\"label\": \"Oförändrad\"");

        var error = SingleError(json);

        Assert.Equal(PositionOf(json, "\"score\": 0"), (error.Line, error.Column));
        Assert.DoesNotContain("LineNumber", error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SemanticProblems_AreListedInFileOrder()
    {
        var json = Change(Valid, "\"node\": \"mal-utslapp\"", "\"node\": \"mal-okand\"");
        json = Change(json, "\"parent\": \"forvaltning-a\"", "\"parent\": \"forvaltning-x\"");

        var lines = ModelFileReader.Read(json).Errors.Select(e => e.Line).ToList();

        Assert.Equal(2, lines.Count);
        Assert.Equal(lines.Order(), lines);
    }

    [Theory]
    // 2030.0 is an integer to JSON Schema but not to a year field: an error, never a crash.
    [InlineData("\"targetYear\": 2030", "\"targetYear\": 2030.0", Goal + ".targetYear", new[] { "'targetYear'", "cannot be read" })]
    // Figures have a range; 10^30 is no outcome anyone reports.
    [InlineData("{ \"period\": \"2023\", \"value\": 80 }", "{ \"period\": \"2023\", \"value\": 1e30 }", Utslapp + ".outcomes[0].value", new[] { "'value'" })]
    // Dates are checked for their format, not passed on as text.
    [InlineData("\"restatedIn\": 2024,", "\"restatedIn\": 2024, \"date\": \"15 mars 2024\",", Utslapp + ".restatements[0].date", new[] { "'date'" })]
    // A period outside 1900–2200 says what is allowed.
    [InlineData("{ \"period\": \"2023\", \"value\": 80 }", "{ \"period\": \"1899\", \"value\": 80 }", Utslapp + ".outcomes[0].period", new[] { "\"1899\"", "1900–2200" })]
    public void Read_ValueTheSchemaCannotTakeOrReadersCannotRead_IsAProblemNotACrash(string find, string replace, string path, string[] inMessage)
    {
        var json = Change(Valid, find, replace);

        var error = SingleError(json);

        Assert.Equal(path, error.Path);
        AssertMentions(error, inMessage);
    }

    [Fact]
    public void Read_DuplicateProperty_IsReportedOnItsLine()
    {
        // With two "name"s one would silently win; which one the author meant cannot be known.
        var json = Change(Valid, "\"name\": \"Minskade utsläpp\",", "\"name\": \"Minskade utsläpp\", \"name\": \"Utsläpp\",");

        var error = SingleError(json);

        Assert.Equal(LineOf(json, "\"name\": \"Utsläpp\""), error.Line);
        AssertMentions(error, ["name"]);
    }

    [Theory]
    // A year cannot be both a whole and its quarters: the quarters would be counted on top.
    [InlineData("{ \"period\": \"2023\", \"value\": 80 },", "{ \"period\": \"2023\", \"value\": 80 }, { \"period\": \"2023-Q1\", \"value\": 20 },", Utslapp + ".outcomes[1].period", new[] { "2023", "quarters" })]
    // Values per unit with no way to combine them would silently disappear.
    [InlineData("\"unitAggregation\": \"sum\",", "", Utslapp + ".outcomes[1].orgUnit", new[] { "unitAggregation" })]
    // A verksamhet reported beside its förvaltning would be counted twice in a sum.
    [InlineData("{ \"period\": \"2024\", \"value\": 70, \"series\": \"riket\" }", "{ \"period\": \"2024\", \"value\": 70, \"series\": \"riket\" }, { \"period\": \"2024\", \"value\": 5, \"orgUnit\": \"verksamhet-b\" }", Utslapp + ".outcomes[3].orgUnit", new[] { "'verksamhet-b'", "'forvaltning-a'" })]
    // A target against another base year than the measure's would draw the path from the wrong year.
    [InlineData("{ \"kind\": \"level\", \"value\": 50, \"year\": 2030 }", "{ \"kind\": \"changeFromBase\", \"percent\": -50, \"baseYear\": 2018, \"year\": 2030 }", Utslapp + ".targets[0].baseYear", new[] { "2018", "2019" })]
    // A field of another kind of rule is a mistake, not something to ignore.
    [InlineData("\"rule\": { \"kind\": \"path\" }", "\"rule\": { \"kind\": \"path\", \"years\": 3 }", Utslapp + ".rule.years", new[] { "\"trend\"", "\"path\"" })]
    // A deciding child names one node's child; as a default for all nodes it names nothing.
    [InlineData("\"defaultScale\": \"utveckling\",", "\"defaultScale\": \"utveckling\", \"defaults\": { \"rollUp\": { \"method\": \"key\", \"key\": \"utslapp\" } },", "$.defaults.rollUp.method", new[] { "key" })]
    // A qualitative measure's outcomes are text: a level to reach can never be judged.
    [InlineData("\"responsibleUnit\": \"verksamhet-b\",", "\"responsibleUnit\": \"verksamhet-b\", \"targets\": [ { \"kind\": \"level\", \"value\": 3 } ],", Ledarskap + ".targets[0].kind", new[] { "qualitative", "\"level\"" })]
    // A footnote on an assessment must say which year's assessment.
    [InlineData("\"responsibleUnit\": \"verksamhet-b\",", "\"responsibleUnit\": \"verksamhet-b\", \"footnotes\": [ { \"text\": \"Not\", \"on\": \"assessment\" } ],", Ledarskap + ".footnotes[0].on", new[] { "period" })]
    // A footnote on the heading follows a whole word of the node's name; "utsläp" is only part of "utsläpp".
    [InlineData("\"targetYear\": 2030,", "\"targetYear\": 2030, \"footnotes\": [ { \"text\": \"Not\", \"on\": \"heading\", \"after\": \"koldioxid\" } ],", Goal + ".footnotes[0].after", new[] { "'koldioxid'", "'Minskade utsläpp'" })]
    [InlineData("\"targetYear\": 2030,", "\"targetYear\": 2030, \"footnotes\": [ { \"text\": \"Not\", \"on\": \"heading\", \"after\": \"utsläp\" } ],", Goal + ".footnotes[0].after", new[] { "'utsläp'", "'Minskade utsläpp'" })]
    // A footnote on the heading is about the whole indicator, not one year's or one series' value.
    [InlineData("\"targetYear\": 2030,", "\"targetYear\": 2030, \"footnotes\": [ { \"text\": \"Not\", \"on\": \"heading\", \"after\": \"utsläpp\", \"period\": \"2024\" } ],", Goal + ".footnotes[0].period", new[] { "heading", "\"period\"" })]
    [InlineData("\"targetYear\": 2030,", "\"targetYear\": 2030, \"footnotes\": [ { \"text\": \"Not\", \"on\": \"heading\", \"series\": \"riket\" } ],", Goal + ".footnotes[0].series", new[] { "heading", "\"series\"" })]
    // A word to follow means nothing on a row, a value or an assessment.
    [InlineData("\"responsibleUnit\": \"verksamhet-b\",", "\"responsibleUnit\": \"verksamhet-b\", \"footnotes\": [ { \"text\": \"Not\", \"after\": \"Ledarskap\" } ],", Ledarskap + ".footnotes[0].after", new[] { "\"on\": \"heading\"" })]
    // A measure's name is a row of its indicator's table, not a heading.
    [InlineData("\"responsibleUnit\": \"verksamhet-b\",", "\"responsibleUnit\": \"verksamhet-b\", \"footnotes\": [ { \"text\": \"Not\", \"on\": \"heading\" } ],", Ledarskap + ".footnotes[0].on", new[] { "heading", "\"row\"" })]
    public void Read_ValuesThatDoNotAddUpOrBelongElsewhere_ReportsWhy(string find, string replace, string path, string[] inMessage)
    {
        var json = Change(Valid, find, replace);

        var error = SingleError(json);

        Assert.Equal(path, error.Path);
        AssertMentions(error, inMessage);
    }

    [Fact]
    public void Read_ScaleWithoutVerdicts_RefusesRulesThatConcludeThem()
    {
        // A rule that concludes "positive" on a scale that cannot say so would leave every suggestion blank.
        var json = Change(Valid, ", \"verdict\": \"positive\"", string.Empty);

        var errors = ModelFileReader.Read(json).Errors;

        Assert.Equal([Utslapp + ".rule", Resor + ".rule"], errors.Select(e => e.Path));
        Assert.All(errors, e => AssertMentions(e, ["\"positive\"", "'utveckling'"]));
    }

    [Fact]
    public void Read_NodeOnAnotherScaleInheritingDefaultBands_AsksForItsOwnRollUp()
    {
        var json = Change(Valid, "\"defaultScale\": \"utveckling\",", """
            "defaultScale": "utveckling",
            "defaults": { "rollUp": { "method": "average", "bands": [ { "atLeast": 0.6, "grade": "positiv" }, { "atLeast": -1, "grade": "negativ" } ] } },
            """);
        json = Change(json, "\"scales\": [", """
            "scales": [
              { "id": "trafik", "name": "Trafikljus", "grades": [
                { "id": "gron", "label": "Grön", "score": 1, "verdict": "positive" },
                { "id": "gul", "label": "Gul", "score": 0, "verdict": "unchanged" },
                { "id": "rod", "label": "Röd", "score": -1, "verdict": "negative" },
                { "id": "gra", "label": "Grå", "verdict": "noValue" } ] },
            """);
        json = Change(json, "\"targetYear\": 2030,", "\"targetYear\": 2030, \"scale\": \"trafik\",");
        json = Change(json, "{ \"year\": 2024, \"grade\": \"positiv\" }", "{ \"year\": 2024, \"grade\": \"gron\" }");

        var errors = ModelFileReader.Read(json).Errors;

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(Goal, e.Path));
        Assert.All(errors, e => AssertMentions(e, ["'trafik'", "\"rollUp\""]));
    }

    [Fact]
    public void Read_MeasureWithoutDirectionButWithAnOperator_TakesTheDirectionFromIt()
    {
        var json = Change(Valid, "\"direction\": \"decrease\",", string.Empty);
        json = Change(json, "{ \"kind\": \"level\", \"value\": 50, \"year\": 2030 }", "{ \"kind\": \"level\", \"value\": 50, \"year\": 2030, \"operator\": \"<=\" }");

        var result = ModelFileReader.Read(json);

        Assert.Empty(result.Errors);
        Assert.Equal(Hallbar.Domain.Measures.Direction.Decrease, result.Model!.AllMeasures().Single(m => m.Id == "utslapp").Direction);
    }

    [Fact]
    public void Read_GoalAssessedInTheReportThatCoversItsTargetYear_IsAllowedWithLaggingData()
    {
        // With a one-year lag, the 2031 report is the one that judges a 2030 goal.
        var json = Change(Valid, "\"unit\": \"kton\",", "\"unit\": \"kton\", \"dataLag\": 1,");
        json = Change(json, "{ \"year\": 2024, \"grade\": \"positiv\" }", "{ \"year\": 2031, \"grade\": \"positiv\" }");

        Assert.Empty(ModelFileReader.Read(json).Errors);
    }

    private static string Change(string json, string find, string replace)
    {
        Assert.Equal(1, Occurrences(json, find));
        return json.Replace(find, replace, StringComparison.Ordinal);
    }

    private static ModelError SingleError(string json)
    {
        var result = ModelFileReader.Read(json);
        Assert.Null(result.Model);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    private static void AssertAt(ModelError error, string path, string json, string text)
    {
        Assert.Equal(path, error.Path);
        Assert.Equal(PositionOf(json, text), (error.Line, error.Column));
    }

    /// <summary>The English message names the fragments (the Swedish one is checked for its language by <see cref="ModelErrorLanguageTests"/>).</summary>
    private static void AssertMentions(ModelError error, string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.English, StringComparison.Ordinal);
        }
    }

    private static int LineOf(string json, string text) => PositionOf(json, text).Line;

    /// <summary>Line and column (both from 1) of the one place <paramref name="text"/> stands in the JSON.</summary>
    private static (int Line, int Column) PositionOf(string json, string text)
    {
        Assert.Equal(1, Occurrences(json, text));
        return PositionAt(json, json.IndexOf(text, StringComparison.Ordinal));
    }

    /// <summary>Line of the '{' that opens the object in which <paramref name="text"/> stands.</summary>
    private static int LineOfObjectAround(string json, string text)
    {
        Assert.Equal(1, Occurrences(json, text));
        return PositionAt(json, json.LastIndexOf('{', json.IndexOf(text, StringComparison.Ordinal))).Line;
    }

    private static (int Line, int Column) PositionAt(string json, int index)
    {
        var lineStart = json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        return (json.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    private static int Occurrences(string json, string text)
    {
        var count = 0;
        for (var i = json.IndexOf(text, StringComparison.Ordinal); i >= 0; i = json.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
