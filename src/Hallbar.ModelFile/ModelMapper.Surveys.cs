using Hallbar.Domain.ChildRights;
using Hallbar.Domain.Highlights;
using Hallbar.Domain.Surveys;

namespace Hallbar.ModelFile;

/// <summary>The self-assessment surveys, their responses, the barnbokslut facts and the highlights.</summary>
internal sealed partial class ModelMapper
{
    private List<Survey> MapSurveys(List<SurveyDto>? dtos)
    {
        var result = new List<Survey>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var years = new HashSet<int>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            var at = $"/surveys/{i}";
            if (!ids.Add(dto.Id))
            {
                Error($"{at}/id", $"Det finns redan en enkät med id '{dto.Id}'.", $"Duplicate survey id '{dto.Id}'.");
            }

            if (!years.Add(dto.Year))
            {
                Error($"{at}/year", $"Det finns redan en enkät för {dto.Year}; ett år har en enkät.", $"There is already a survey for {dto.Year}; a year has one survey.");
            }

            var errors = _errors.Count;
            Unique(dto.Scale.Select(c => c.Id), $"{at}/scale", "/id", "en svarskategori", "response category");
            if (dto.Scale.Count(c => c.DontKnow == true) > 1)
            {
                Error($"{at}/scale", "Bara en kategori kan vara den för \"vet inte\" (\"dontKnow\").", "Only one category can be the \"don't know\" one.");
            }

            if (dto.Scale.FindIndex(c => c.Id == SurveyResults.UnansweredId) is var reserved and >= 0)
            {
                Error($"{at}/scale/{reserved}/id", $"'{SurveyResults.UnansweredId}' är vikt åt påståenden som en förvaltning lämnat obesvarade; välj ett annat id.",
                    $"'{SurveyResults.UnansweredId}' is kept for statements a unit left unanswered; choose another id.");
            }

            Unique(dto.Themes.Select(t => t.Id), $"{at}/themes", "/id", "ett tema", "theme");
            var statements = dto.Themes.SelectMany((t, ti) => t.Statements.Select((s, si) => (s.Id, Pointer: $"{at}/themes/{ti}/statements/{si}/id"))).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, pointer) in statements.Where(s => !seen.Add(s.Id)))
            {
                Error(pointer, $"Enkäten har redan ett påstående med id '{id}'.", $"Duplicate statement id '{id}' in the survey.");
            }

            Unique((dto.Questions ?? []).Select(q => q.Id), $"{at}/questions", "/id", "en fråga", "question");
            var sentTo = dto.SentTo ?? [];
            var sent = new HashSet<string>(StringComparer.Ordinal);
            for (var u = 0; u < sentTo.Count; u++)
            {
                if (!_unitIds.Contains(sentTo[u]))
                {
                    UnknownUnit($"{at}/sentTo/{u}", sentTo[u]);
                }
                else if (!sent.Add(sentTo[u]))
                {
                    Error($"{at}/sentTo/{u}", $"Enkäten skickas två gånger till förvaltningen '{sentTo[u]}'.", $"The survey is sent to unit '{sentTo[u]}' twice.");
                }
            }

            if (_errors.Count > errors)
            {
                continue;
            }

            result.Add(SurveyMapping.ToSurvey(dto));
        }

        return result;
    }

    private List<SurveyResponse> MapResponses(List<SurveyResponseDto>? dtos, List<Survey> surveys)
    {
        var result = new List<SurveyResponse>();
        var answered = new HashSet<(string, string)>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            var at = $"/surveyResponses/{i}";
            var errors = _errors.Count;
            var survey = surveys.FirstOrDefault(s => s.Id == dto.Survey);
            if (survey is null)
            {
                var ids = surveys.Select(s => s.Id).ToList();
                Error($"{at}/survey", $"Det finns ingen enkät '{dto.Survey}'; filen har {Known(ids, "inga")}.", $"Unknown survey '{dto.Survey}'; the file defines {Known(ids, "none")}.");
            }

            if (!_unitIds.Contains(dto.Unit))
            {
                UnknownUnit($"{at}/unit", dto.Unit);
            }
            else if (survey is { SentTo.Count: > 0 } && !survey.SentTo.Contains(dto.Unit, StringComparer.Ordinal))
            {
                Error($"{at}/unit", $"Enkäten '{survey.Id}' skickades inte till förvaltningen '{dto.Unit}'; den skickades till {Known(survey.SentTo, "inga")}.",
                    $"Survey '{survey.Id}' was not sent to unit '{dto.Unit}'; it was sent to {Known(survey.SentTo, "none")}.");
            }

            if (!answered.Add((dto.Survey, dto.Unit)))
            {
                Error($"{at}/unit", $"Förvaltningen '{dto.Unit}' har redan svarat på enkäten '{dto.Survey}'; en förvaltning svarar en gång.",
                    $"Unit '{dto.Unit}' has already answered survey '{dto.Survey}'; a unit answers a survey once.");
            }

            foreach (var (statement, category) in dto.Answers ?? [])
            {
                if (survey is null)
                {
                    break;
                }

                if (survey.Statement(statement) is null)
                {
                    Error($"{at}/answers/{statement}", $"Enkäten '{survey.Id}' har inget påstående '{statement}'.", $"Unknown statement '{statement}' in survey '{survey.Id}'.");
                }
                else if (survey.Category(category) is null)
                {
                    var categories = survey.Scale.Select(c => c.Id).ToList();
                    Error($"{at}/answers/{statement}", $"Det finns ingen svarskategori '{category}'; enkätens skala har {Known(categories, "inga")}.",
                        $"Unknown response category '{category}'; the survey's scale has {Known(categories, "none")}.");
                }
            }

            foreach (var question in (dto.FreeTexts ?? []).Keys.Where(q => survey is not null && survey.Question(q) is null))
            {
                Error($"{at}/freeTexts/{question}", $"Enkäten '{survey!.Id}' har ingen fritextfråga '{question}'.", $"Unknown free-text question '{question}' in survey '{survey.Id}'.");
            }

            if (_errors.Count > errors)
            {
                continue;
            }

            result.Add(SurveyMapping.ToResponse(dto));
        }

        return result;
    }

    private List<ChildRightsFacts> MapChildRights(List<ChildRightsDto>? dtos, List<Survey> surveys)
    {
        var result = new List<ChildRightsFacts>();
        var years = new HashSet<int>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            var at = $"/childRights/{i}";
            var errors = _errors.Count;
            if (!years.Add(dto.Year))
            {
                Error($"{at}/year", $"Det finns redan uppgifter till barnbokslutet för {dto.Year}.", $"There are already barnbokslut facts for {dto.Year}.");
            }

            if (dto.PilotsInTotal < dto.PilotsTrained)
            {
                Error($"{at}/pilotsInTotal", $"{dto.PilotsInTotal} barnrättspiloter totalt är färre än de {dto.PilotsTrained} som utbildades i år.",
                    $"{dto.PilotsInTotal} pilots in total is fewer than the {dto.PilotsTrained} trained this year.");
            }

            if (dto.SurveyTheme is { } theme && !surveys.Any(s => s.Year == dto.Year && s.Themes.Any(t => t.Id == theme)))
            {
                Error($"{at}/surveyTheme", $"Enkäten för {dto.Year} har inget tema '{theme}'.", $"The {dto.Year} survey has no theme '{theme}'.");
            }

            var decisions = dto.Decisions ?? [];
            for (var d = 0; d < decisions.Count; d++)
            {
                if (decisions[d].Unit is { } unit && !_unitIds.Contains(unit))
                {
                    UnknownUnit($"{at}/decisions/{d}/unit", unit);
                }
            }

            if (_errors.Count > errors)
            {
                continue;
            }

            result.Add(new ChildRightsFacts(dto.Year, dto.PilotsTrained, dto.PilotsInTotal,
                [.. decisions.Select(d => new BestInterestDecision(d.Title, d.AssessmentMade, d.Reference, d.Unit))])
            {
                MostPilotsAt = dto.MostPilotsAt ?? [],
                UnitsWithoutPilots = dto.UnitsWithoutPilots ?? [],
                WithoutPilotsNote = dto.WithoutPilotsNote,
                SurveyThemeId = dto.SurveyTheme,
            });
        }

        return result;
    }

    private List<Highlight> MapHighlights(List<HighlightDto>? dtos)
    {
        var result = new List<Highlight>();
        Unique((dtos ?? []).Select(h => h.Id), "/highlights", "/id", "en höjdpunkt", "highlight");
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            var at = $"/highlights/{i}";
            var errors = _errors.Count;
            NotBlank(dto.Title, $"{at}/title", "En höjdpunkt behöver en rubrik.", "A highlight needs a title.");
            NotBlank(dto.Markdown, $"{at}/markdown", "En höjdpunkt behöver en text.", "A highlight needs a text.");
            var photo = dto.Photo is { } p ? MapPhoto(p, $"{at}/photo") : null;
            if (_errors.Count == errors)
            {
                result.Add(new Highlight(dto.Id, dto.Year, dto.Title, dto.Markdown, photo));
            }
        }

        return result;
    }

    /// <summary>
    /// A photo given as a data: URI is kept as it is; one given as a file path is read from beside the model
    /// file and kept as a data: URI, since the model is stored without the files around it.
    /// </summary>
    private HighlightPhoto? MapPhoto(PhotoDto dto, string at)
    {
        var errors = _errors.Count;
        NotBlank(dto.Alt, $"{at}/alt", "Ett foto behöver en alternativtext som säger vad det visar, för den som inte kan se det.",
            "A photo needs an alternative text that says what it shows, for those who cannot see it.");
        var source = dto.Source.StartsWith("data:", StringComparison.Ordinal) ? dto.Source : PhotoFile(dto.Source, $"{at}/source");
        if (source is not null && PhotoProblem.Of(source) is ({ } problem, { } english))
        {
            Error($"{at}/source", problem, english);
        }

        return _errors.Count == errors ? new HighlightPhoto(source!, dto.Alt, dto.Credit) : null;
    }

    /// <summary>The photo file at a path relative to the model file, as a data: URI; null with the reason reported when it cannot be.</summary>
    private string? PhotoFile(string path, string at)
    {
        if (path.Contains("://", StringComparison.Ordinal))
        {
            Error(at, $"'{path}' är en webbadress; Hallbar har fotot i modellen, så ange en sökväg från modellfilens mapp eller en data:-URI.",
                $"'{path}' is a web address; Hallbar keeps a photo in the model, so give a file path relative to the model file or a data: URI.");
            return null;
        }

        if (_folder is null)
        {
            Error(at, $"'{path}' är en sökväg till en fil, men modellfilen lästes in utan mappen den ligger i (uppladdad); ange fotot som en data:-URI (hallbar export skriver en) eller läs in filen med kommandot hallbar.",
                $"'{path}' is a file path, but this model file was read without the folder it lies in (uploaded); give the photo as a data: URI (hallbar export writes one) or import the file with the hallbar command.");
            return null;
        }

        var file = new FileInfo(Path.Combine(_folder, path));
        if (!file.Exists)
        {
            Error(at, $"Det finns ingen fotofil '{path}' bredvid modellfilen (letade efter {file.FullName}).", $"There is no photo file '{path}' beside the model file (looked for {file.FullName}).");
            return null;
        }

        // The size is checked before reading, so that a huge file is not read into memory to be refused.
        if (PhotoProblem.OfSize(file.Length) is ({ } tooLarge, { } tooLargeEnglish))
        {
            Error(at, $"'{path}': {tooLarge}", $"'{path}': {tooLargeEnglish}");
            return null;
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's reason comes in its own words; what failed is said in ours.
            Error(at, $"Fotofilen '{path}' går inte att läsa: {e.Message}", $"The photo file '{path}' cannot be read: {e.Message}");
            return null;
        }

        if (PhotoProblem.Of(content) is ({ } problem, { } english))
        {
            Error(at, $"'{path}': {problem}", $"'{path}': {english}");
            return null;
        }

        return PhotoImage.ToDataUri(content);
    }

    private void NotBlank(string text, string at, string message, string english)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(at, message, english);
        }
    }

    /// <summary>Reports every id given a second time among the items of a list.</summary>
    /// <param name="what">What an item is, in Swedish with its article ("ett tema") and in English ("theme").</param>
    private void Unique(IEnumerable<string> ids, string list, string property, string what, string whatEnglish)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                Error($"{list}/{i}{property}", $"Det finns redan {what} med id '{id}'.", $"Duplicate {whatEnglish} id '{id}'.");
            }

            i++;
        }
    }
}
