using System.ComponentModel;
using Hallbar.Domain.Rounds;

namespace Hallbar.Web.Features.Rounds;

// Reporting rounds as the API shows and moves them.

[Description("En rapportomgång. / A reporting round.")]
internal sealed record RoundJson(
    int Year,
    RoundState State,
    [property: Description("Sann när omgången är godkänd eller publicerad. / True when the round is approved or published.")] bool Locked,
    [property: Description("Stegen omgången kan tas till. / The states the round may move to.")] IReadOnlyList<RoundState> Next,
    DateTimeOffset ChangedAt,
    [property: Description("Vem som senast ändrade; bara för inloggade. / Who changed it last; only for those signed in.")] string? ChangedBy);

[Description("Ett år att öppna. / A year to open.")]
internal sealed record RoundOpenJson([property: Description("Redovisningsåret. / The report year.")] int? Year = null);

[Description("Nästa steg. / The next state.")]
internal sealed record RoundMoveJson([property: Description("inReview, open, approved eller published.")] RoundState? State = null);
