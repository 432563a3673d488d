namespace Hallbar.ModelFile;

// The survey, barnbokslut and highlight parts of the file, mirroring the schema's
// "survey", "surveyResponse", "childRights" and "highlight" definitions.

internal sealed class SurveyDto
{
    public string Id { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public bool? Illustrative { get; set; }

    /// <summary>The units the survey was sent to (utskick), in the order they were asked.</summary>
    public List<string>? SentTo { get; set; }

    public List<CategoryDto> Scale { get; set; } = [];
    public List<ThemeDto> Themes { get; set; } = [];
    public List<QuestionDto>? Questions { get; set; }
}

internal sealed class CategoryDto
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public bool? DontKnow { get; set; }
}

internal sealed class ThemeDto
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<StatementDto> Statements { get; set; } = [];
}

internal sealed class StatementDto
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
}

internal sealed class QuestionDto
{
    public string Id { get; set; } = "";
    public string Text { get; set; } = "";
}

internal sealed class SurveyResponseDto
{
    public string Survey { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Status { get; set; } = "";

    /// <summary>Statement id to category id; a statement left out is unanswered.</summary>
    public Dictionary<string, string>? Answers { get; set; }

    /// <summary>Question id to the unit's text.</summary>
    public Dictionary<string, string>? FreeTexts { get; set; }
}

internal sealed class ChildRightsDto
{
    public int Year { get; set; }
    public int PilotsTrained { get; set; }
    public int PilotsInTotal { get; set; }
    public List<string>? MostPilotsAt { get; set; }
    public List<string>? UnitsWithoutPilots { get; set; }
    public string? WithoutPilotsNote { get; set; }
    public string? SurveyTheme { get; set; }
    public List<DecisionDto>? Decisions { get; set; }
}

internal sealed class DecisionDto
{
    public string Title { get; set; } = "";
    public string? Reference { get; set; }
    public string? Unit { get; set; }
    public bool AssessmentMade { get; set; }
}

internal sealed class HighlightDto
{
    public string Id { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string Markdown { get; set; } = "";
    public PhotoDto? Photo { get; set; }
}

internal sealed class PhotoDto
{
    public string Source { get; set; } = "";
    public string Alt { get; set; } = "";
    public string? Credit { get; set; }
}
