using Hallbar.Domain.Highlights;

namespace Hallbar.Web.Features.Highlights;

/// <summary>One highlight's form as shown: the page, its key (element id prefix), its fields' values, the highlight as stored (null: a new one) and its place.</summary>
public sealed record HighlightForm(IndexModel Page, string Key, HighlightInput Input, Highlight? Stored, int? Index);
