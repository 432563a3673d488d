using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hallbar.ModelFile;

/// <summary>
/// What the JSON Schema finds wrong with a file's shape, said in Swedish and in English with the value,
/// its name and what the schema allows. JsonSchema.Net words its messages in English only, so the
/// Swedish is made here from the schema itself; a keyword the model file's schema does not use keeps
/// the library's English behind a Swedish lead-in.
/// </summary>
internal static class SchemaProblem
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The forms the schema's patterns stand for, in Swedish (the English is the schema's "description").</summary>
    private static readonly Dictionary<string, string> Forms = new(StringComparer.Ordinal)
    {
        ["^[a-z0-9][a-z0-9-]*$"] = "ett id: små bokstäver a–z, siffror och bindestreck.",
        ["^(19[0-9]{2}|2[01][0-9]{2}|2200)(-Q[1-4]|-(0[1-9]|1[0-2]))?$"] = "ett år (\"2025\"), ett kvartal (\"2025-Q2\") eller en månad (\"2025-03\"), åren 1900–2200.",
        ["^[0-9]{4}$"] = "Koladas id, fyra siffror (Region Västmanland har 0019).",
    };

    public static (string Message, string English) Explain(string keyword, string message, JsonNode root, string pointer, JsonNode? schema)
    {
        var node = ModelFileReader.ValueAt(root, pointer);
        var value = node?.ToJsonString(ModelFileReader.Options);
        var segments = pointer.Split('/');
        var (namn, name) = pointer.Length == 0 ? ("filen", "the file")
            : segments[^1].All(char.IsAsciiDigit) && segments.Length > 2 ? ($"post {segments[^1]} i '{segments[^2]}'", $"item {segments[^1]} of '{segments[^2]}'")
            : ($"'{segments[^1]}'", $"'{segments[^1]}'");
        var subject = char.ToUpper(namn[0], Swedish) + namn[1..];
        var limit = schema?[keyword]?.ToJsonString();
        switch (keyword)
        {
            case "enum":
                var allowed = string.Join(", ", schema?["enum"]?.AsArray().Select(e => e!.ToJsonString()) ?? []);
                return ($"{value} går inte för {namn}; använd något av {allowed}.", $"{value} is not allowed for {name}; use one of {allowed}.");
            case "pattern":
                var pattern = schema?["pattern"]?.GetValue<string>() ?? string.Empty;
                return ($"{value} har inte den form som {namn} ska ha: {Forms.GetValueOrDefault(pattern, $"mönstret {pattern}")}",
                    $"{value} is not of the form {name} takes: {schema?["description"]?.GetValue<string>() ?? pattern}");
            // JsonSchema.Net reports a property refused by "additionalProperties": false without a keyword.
            case "" or "false" or "additionalProperties":
                return ($"Okänd egenskap {namn}.", $"Unknown property {name}.");
            case "const":
                return ($"{value} går inte för {namn}; det ska vara {limit}.", $"{value} is not allowed for {name}; it must be {limit}.");
            case "type":
                var wanted = schema?["type"] is JsonArray types ? types.Select(t => t!.GetValue<string>()) : [schema?["type"]?.GetValue<string>() ?? string.Empty];
                return ($"{subject} ska vara {string.Join(" eller ", wanted.Select(TypeName))}, inte {TypeName(node)}.", $"{name} has the wrong type: {message}");
            case "required":
                // The library names what is missing ('Required properties ["value"] are not present'); the schema says what is required.
                var named = message.IndexOf('[', StringComparison.Ordinal) is var open and >= 0 && message.IndexOf(']', open) is var close and > 0
                    ? JsonNode.Parse(message[open..(close + 1)])?.AsArray().Select(r => r!.GetValue<string>()) : null;
                var missing = (named ?? schema?["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
                    .Where(r => node is not JsonObject o || !o.ContainsKey(r)).Select(r => $"\"{r}\"").ToList();
                return ($"{subject} saknar {Joined(missing)}, som måste finnas med.", $"{name}: {message}");
            case "minItems":
                return ($"{subject} behöver minst {limit} {(limit == "1" ? "post" : "poster")}.", $"{name}: {message}");
            case "minimum":
                return ($"{value} är för litet för {namn}: det minsta som går är {limit}.", $"{name}: {message}");
            case "maximum":
                return ($"{value} är för stort för {namn}: det största som går är {limit}.", $"{name}: {message}");
            case "minLength":
                return ($"{subject} får inte vara tom.", $"{name}: {message}");
            case "maxLength":
                return ($"{subject} är för lång: högst {limit} tecken.", $"{name}: {message}");
            case "format" when (schema?["format"]?.GetValue<string>() == "date"):
                return ($"{value} är inget datum för {namn}; skriv det som 2025-03-31.", $"{name}: {message}");
            case "uniqueItems":
                return ($"{subject} har samma värde mer än en gång.", $"{name}: {message}");
            default:
                return ($"{subject} stämmer inte med modellfilens schema: {message}", $"{name}: {message}");
        }
    }

    private static string TypeName(string type) => type switch
    {
        "string" => "en text",
        "integer" => "ett heltal",
        "number" => "ett tal",
        "boolean" => "true eller false",
        "object" => "ett objekt",
        "array" => "en lista",
        _ => type,
    };

    private static string TypeName(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => "en text",
        JsonValueKind.Number => node.ToJsonString().Any(c => c is '.' or 'e' or 'E') ? "ett decimaltal" : "ett tal",
        JsonValueKind.True or JsonValueKind.False => "ett sanningsvärde",
        JsonValueKind.Object => "ett objekt",
        JsonValueKind.Array => "en lista",
        _ => "null",
    };

    /// <summary>"\"a\"", "\"a\" och \"b\"", "\"a\", \"b\" och \"c\"".</summary>
    private static string Joined(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.SkipLast(1))} och {items[^1]}";
}
