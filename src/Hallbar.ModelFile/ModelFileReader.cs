using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Hallbar.ModelFile;

/// <summary>
/// Reads a model file: first its JSON, then its shape against the JSON Schema, then its meaning.
/// Each stage reports every problem it finds, with JSON path, line and column.
/// </summary>
public static class ModelFileReader
{
    public const int FormatVersion = 1;
    public const string SchemaResource = "hallbar-model-1.schema.json";

    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<(JsonSchema Schema, JsonNode Node)> Schema = new(LoadSchema);

    /// <summary>The JSON Schema of the model file, as shipped in the repository's schema folder.</summary>
    public static string SchemaText
    {
        get
        {
            using var stream = typeof(ModelFileReader).Assembly.GetManifestResourceStream(SchemaResource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    /// <summary>A model file on disk; photos given as file paths are read from beside it.</summary>
    public static ModelLoadResult ReadFile(string path) => Read(File.ReadAllBytes(path), Path.GetDirectoryName(Path.GetFullPath(path)));

    public static ModelLoadResult Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    /// <summary>A model file without the folder it lies in (an upload): its photos must be data: URIs.</summary>
    public static ModelLoadResult Read(byte[] utf8) => Read(utf8, null);

    private static ModelLoadResult Read(byte[] utf8, string? folder)
    {
        if (utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = JsonLocations.CharacterColumn(utf8, line, (int)(e.BytePositionInLine ?? 0));
            var reason = FirstSentence(e.Message);
            return Failed(new ModelError(e.Path ?? "$", line + 1, column, $"Ogiltig JSON: {JsonSyntax.Swedish(reason)}", $"Not valid JSON: {reason}"));
        }

        var locations = new JsonLocations(utf8);
        if (locations.Duplicates.Count > 0)
        {
            // With a property written twice one value would silently win; which one was meant cannot be known.
            return new ModelLoadResult(null, locations.Duplicates.Select(d =>
            {
                var (line, column) = locations.LineAndColumn(d.Offset);
                var name = d.Pointer[(d.Pointer.LastIndexOf('/') + 1)..];
                return new ModelError(JsonLocations.ToJsonPath(d.Pointer), line, column, $"Egenskapen '{name}' står två gånger i samma objekt.", $"Property '{name}' is given twice in the same object.");
            }).ToList());
        }

        if (root is not JsonObject)
        {
            return Failed(new ModelError("$", 1, 1, "En modellfil är ett JSON-objekt.", "A model file is a JSON object."));
        }

        var shapeErrors = CheckShape(root, locations);
        if (shapeErrors.Count > 0)
        {
            return new ModelLoadResult(null, shapeErrors);
        }

        ModelDto dto;
        try
        {
            dto = root.Deserialize<ModelDto>(Options)!;
        }
        catch (JsonException e)
        {
            // The schema lets through a few values that do not fit the types behind them (2025.0 as a year).
            var pointer = ToPointer(e.Path);
            var name = pointer.Length == 0 ? null : $"'{pointer[(pointer.LastIndexOf('/') + 1)..]}'";
            var value = ValueAt(root, pointer)?.ToJsonString(Options);
            var whole = e.Message.Contains("System.Int", StringComparison.Ordinal) || e.Message.Contains("System.UInt", StringComparison.Ordinal);
            return Failed(At(locations, pointer, $"{name ?? "Ett värde"} kan inte läsas: {value} {(whole ? "är inget heltal som går att läsa här" : "passar inte här")}.",
                $"{name ?? "A value"} cannot be read: {FirstSentence(e.Message)}"));
        }

        var mapper = new ModelMapper(folder);
        var model = mapper.Map(dto);
        var errors = Sorted(mapper.Errors.Select(e => At(locations, e.Pointer, e.Message, e.English)));
        return new ModelLoadResult(errors.Count == 0 ? model : null, errors);
    }

    /// <summary>
    /// The model from the file's shapes as kept in storage, checked for meaning like a file (the
    /// shape is storage's own, so the schema is not run again).
    /// </summary>
    internal static ModelLoadResult FromDto(ModelDto dto)
    {
        var mapper = new ModelMapper();
        var model = mapper.Map(dto);
        var errors = mapper.Errors.Select(e => new ModelError(JsonLocations.ToJsonPath(e.Pointer), 0, 0, e.Message, e.English)).ToList();
        return new ModelLoadResult(errors.Count == 0 ? model : null, errors);
    }

    private static List<ModelError> CheckShape(JsonNode root, JsonLocations locations)
    {
        if (root["formatVersion"] is JsonValue version && version.TryGetValue<int>(out var v) && v != FormatVersion)
        {
            return [At(locations, "/formatVersion", $"Den här versionen av Hallbar läser formatversion {FormatVersion}; filen har version {v}.",
                $"This Hallbar reads format version {FormatVersion}; the file is version {v}.")];
        }

        var (schema, schemaNode) = Schema.Value;
        using var document = JsonDocument.Parse(root.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<ModelError>();
        var seen = new HashSet<(string, string)>();
        foreach (var detail in results.Details ?? [])
        {
            // A failed "if" only means its "then" does not apply; it is not a problem in the file.
            if (detail.Errors is not { Count: > 0 } || detail.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                var (swedish, english) = SchemaProblem.Explain(keyword, message, root, pointer, SchemaAt(schemaNode, detail.SchemaLocation));
                if (seen.Add((pointer, english)))
                {
                    errors.Add(At(locations, pointer, swedish, english));
                }
            }
        }

        return Sorted(errors);
    }

    private static List<ModelError> Sorted(IEnumerable<ModelError> errors) =>
        errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();

    internal static JsonNode? ValueAt(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>System.Text.Json's "$.goals[0].name" as the JSON Pointer "/goals/0/name".</summary>
    private static string ToPointer(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder();
        foreach (Match part in Regex.Matches(jsonPath, @"\.([^.\[]+)|\[(\d+)\]|\['([^']*)'\]"))
        {
            var name = part.Groups[1].Success ? part.Groups[1].Value : part.Groups[2].Success ? part.Groups[2].Value : part.Groups[3].Value;
            pointer.Append('/').Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }

        return pointer.ToString();
    }

    private static JsonNode? SchemaAt(JsonNode schema, Uri location) =>
        ValueAt(schema, Uri.UnescapeDataString(location.Fragment.TrimStart('#')));

    private static ModelError At(JsonLocations locations, string pointer, string message, string english)
    {
        var (line, column) = locations.Find(pointer);
        return new ModelError(JsonLocations.ToJsonPath(pointer), line, column, message, english);
    }

    private static ModelLoadResult Failed(ModelError error) => new(null, [error]);

    /// <summary>System.Text.Json's message without its own zero-based "Path: … LineNumber: …" tail.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '|');
    }

    private static (JsonSchema, JsonNode) LoadSchema()
    {
        var text = SchemaText;
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }
}
