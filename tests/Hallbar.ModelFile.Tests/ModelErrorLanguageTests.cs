using System.Reflection;
using System.Text.RegularExpressions;

namespace Hallbar.ModelFile.Tests;

/// <summary>
/// Every problem a broken model file can have is said in Swedish and in English. The broken files are
/// those of the bad-file tests (read from their [InlineData], so a new case is checked here too) and a
/// few more for messages those tests do not reach.
/// </summary>
public sealed partial class ModelErrorLanguageTests
{
    private const string Measures = "\"unitAggregation\": \"sum\",";

    public static TheoryData<string, string> BrokenFiles()
    {
        var files = new TheoryData<string, string>();
        foreach (var (type, valid) in new[] { (typeof(BadModelFileTests), BadModelFileTests.Valid), (typeof(SurveyModelFileTests), SurveyModelFileTests.Valid) })
        {
            foreach (var method in type.GetMethods().Where(m => m.GetParameters() is [{ Name: "find" }, { Name: "replace" }, ..]))
            {
                foreach (var data in method.GetCustomAttributes<InlineDataAttribute>().SelectMany(a => a.GetData(method)))
                {
                    var (find, replace) = ((string)data[0], (string)data[1]);
                    files.Add($"{method.Name}: {replace}", valid.Replace(find, replace, StringComparison.Ordinal));
                }
            }
        }

        foreach (var (find, replace) in More)
        {
            Assert.Contains(find, BadModelFileTests.Valid, StringComparison.Ordinal);
            files.Add(replace, BadModelFileTests.Valid.Replace(find, replace, StringComparison.Ordinal));
        }

        foreach (var text in NotModels)
        {
            files.Add(text, text);
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Read_BrokenFile_SaysEveryProblemInSwedishAndInEnglish(string change, string json)
    {
        var errors = ModelFileReader.Read(json).Errors;

        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message), change);
            Assert.False(string.IsNullOrWhiteSpace(e.English), change);
            Assert.NotEqual(e.English, e.Message);
            // English words left in the Swedish message mean a reason was not said in Swedish.
            Assert.False(EnglishWords().IsMatch(e.Message), $"English in the Swedish message: {e.Message}");
        });
    }

    /// <summary>Broken files for messages the bad-file theories do not reach: a change to the small valid model.</summary>
    private static readonly (string Find, string Replace)[] More =
    [
        ("\"scales\": [", "\"scales\": [ { \"id\": \"utveckling\", \"name\": \"Igen\", \"grades\": [ { \"id\": \"x\", \"label\": \"X\" } ] },"),
        ("\"score\": -1, \"verdict\": \"negative\"", "\"score\": -1, \"verdict\": \"positive\""),
        ("\"label\": \"Inget värde\", \"verdict\": \"noValue\"", "\"label\": \"Inget värde\", \"score\": 5, \"verdict\": \"noValue\""),
        ("\"label\": \"Inget värde\", \"verdict\": \"noValue\"", "\"label\": \"Inget värde\", \"score\": 5"),
        ("{ \"id\": \"riket\", \"name\": \"Riket\", \"role\": \"comparison\" }", "{ \"id\": \"riket\", \"name\": \"Riket\" }"),
        ("{ \"id\": \"tag\", \"name\": \"Tåg\" }", "{ \"id\": \"buss\", \"name\": \"Tåg\" }"),
        (Measures, Measures + " \"threshold\": { \"absolute\": 1, \"relative\": 2 },"),
        (Measures, Measures + " \"introduced\": 2020, \"removed\": 2019,"),
        (Measures, "\"unitAggregation\": \"weightedAverage\","),
        (Measures, Measures + " \"footnotes\": [ { \"text\": \"Not\", \"series\": \"sverige\" } ],"),
        ("\"baseline\": { \"year\": 2019, \"value\": 100 }", "\"baseline\": { \"year\": 2019 }"),
        ("{ \"period\": \"2023\", \"oldValue\": 82", "{ \"period\": \"2022\", \"oldValue\": 82"),
        ("\"restatedIn\": 2024", "\"restatedIn\": 2022"),
        ("\"responsibleUnit\": \"verksamhet-b\",", "\"responsibleUnit\": \"verksamhet-b\", \"rule\": { \"kind\": \"previousYear\" },"),
        ("\"rule\": { \"kind\": \"previousYear\" }", "\"rule\": { \"kind\": \"target\" }"),
        ("\"rule\": { \"kind\": \"previousYear\" }", "\"rule\": { \"kind\": \"baseValue\" }"),
        ("\"rule\": { \"kind\": \"previousYear\" }", "\"rule\": { \"kind\": \"progressRatio\", \"bands\": [ { \"atLeast\": 0, \"grade\": \"positiv\" } ] }"),
        ("\"sections\": [", "\"sections\": [ { \"id\": \"inledning\", \"title\": \"A\", \"markdown\": \"B\" },"),
        ("{ \"year\": 2024, \"grade\": \"positiv\" }", "{ \"year\": 2024, \"grade\": \"positiv\" }, { \"year\": 2024, \"grade\": \"negativ\" }"),
        ("{ \"method\": \"key\", \"key\": \"mal-utslapp\" }", "{ \"method\": \"average\", \"bands\": [ { \"grade\": \"positiv\" } ] }"),
        ("{ \"method\": \"key\", \"key\": \"mal-utslapp\" }", "{ \"method\": \"average\", \"bands\": [] }"),
        ("\"targetYear\": 2030,", "\"targetYear\": 2030, \"scale\": \"okand\","),
        ("\"targetYear\": 2030,", "\"targetYear\": 2030, \"footnotes\": [ { \"text\": \"Not\", \"period\": \"2024-Q9\" } ],"),
        ("{ \"kind\": \"level\", \"value\": 50, \"year\": 2030 }", "{ \"kind\": \"level\", \"value\": 50, \"onlyThatYear\": true }"),
        ("{ \"kind\": \"level\", \"value\": 50, \"year\": 2030 }", "{ \"kind\": \"direction\", \"direction\": \"increase\" }"),
        ("{ \"kind\": \"level\", \"value\": 50, \"year\": 2030 }", "{ \"kind\": \"changeFromBase\", \"percent\": -50, \"baseYear\": 2030, \"year\": 2030 }"),
        ("\"name\": \"Klimat\",", "\"name\": \"\","),
        ("\"id\": \"resor\"", "\"id\": \"" + new string('r', 101) + "\""),
        ("\"name\": \"Minskade utsläpp\",", "\"name\": \"Minskade utsläpp\", \"name\": \"Utsläpp\","),
        ("\"name\": \"Utsläpp av växthusgaser\",", string.Empty),
        ("\"formatVersion\": 1", "\"formatVersion\": 2"),
        ("\"formatVersion\": 1", "\"formatVersion\" 1"),
        ("\"formatVersion\": 1", "\"formatVersion\": tru"),
        ("\"formatVersion\": 1", "\"formatVersion\": 01"),
        ("\"formatVersion\": 1,", "formatVersion: 1,"),
        ("\"kind\": \"qualitative\",", "\"kind\": \"qualitative\""),
        ("\"markdown\": \"Text.\" }", "\"markdown\": \"Text. }"),
        ("\"kind\": \"region\",", "\"kind\": \"region\", \"koladaId\": \"19\","),
        ("\"restatedIn\": 2024,", "\"restatedIn\": 2024, \"date\": \"15 mars 2024\","),
        ("{ \"period\": \"2023\", \"value\": 80 }", "{ \"period\": \"2023\", \"value\": 80, \"weight\": -1 }"),
    ];

    /// <summary>Texts that are no model at all.</summary>
    private static readonly string[] NotModels = ["", "[]", "{ \"formatVersion\": 1 ", "{ } }", "{ \"a\": [1, 2 }", "{ \"a\": \"\\q\" }"];

    [GeneratedRegex(@"\b(the|is|not|has|have|must|of|and|with|needs?|unknown|duplicate|cannot|should|expected|invalid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
