using static Hallbar.Web.Tests.Authorization.Answer;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>
/// Who gets what: every page handler, API endpoint and the static files, asked by the public, a reader,
/// the admin, the reporter of the measure's unit (Fastighetsförvaltningen) and a reporter of another
/// unit (Serviceförvaltningen). Report years 2023–2025 are published, 2026 is an open round. Pages send
/// the public to sign in and someone without the right to the denial page (403); the API answers 401
/// and 403. A write that is let through must change something in the history, in that person's name;
/// any other request must change nothing.
/// </summary>
internal static class AuthorizationMatrix
{
    private const string O = "/" + MatrixFactory.Org;
    private const string A = "/api/organizations/" + MatrixFactory.Org;
    private const string M = MatrixFactory.Measure;
    private const string Okand = "okand-organisation";
    private const string Survey = $"{O}/enkat/2026/{MatrixFactory.SurveyUnit}";
    private const string SubmitSurveyAnswer = $"{O}/enkat/2028/{MatrixFactory.SurveyUnit}";
    private const string SubmitSurvey = $"{SubmitSurveyAnswer}/skicka-in";
    private const string ReopenSurvey = $"{O}/enkat/2029/{MatrixFactory.SurveyUnit}/oppna-igen";
    private const string WithdrawSurvey = $"{O}/enkat/2033/{MatrixFactory.SurveyUnit}/ta-bort-ur-utskicket";

    // The admin's editor of the open year's highlights and barnbokslut.
    private const string Highlights = "{org}/hojdpunkter/{year:int?}";
    private const string HighlightsPage = $"{O}/hojdpunkter/2026";

    // What the history names the survey's changes: the definition and its sending, a unit's answer.
    private const string SurveyWrites = "survey";
    private const string AnswerWrites = "survey-response";

    // The accounts the admin changes (<see cref="MatrixFactory.AccountId"/> and the others).
    private const string Account = $"/konton/{MatrixFactory.AccountId}";
    private const string DisabledAccount = $"/konton/{MatrixFactory.DisabledAccountId}";
    private const string EnabledAccount = $"/konton/{MatrixFactory.EnabledAccountId}";

    public static IReadOnlyList<Row> Rows { get; } =
    [
        // Reading pages: the public sees published years (and is sent to sign in for others), anyone signed in every year.
        //  GET route                                address                                                anonymous     reader        admin         reporter      other reporter
        Get("{org?}",                               "/",                                                    Found(O),     Found(O),     Found(O),     Found(O),     Found(O)),
        Get("{org?}",                               O,                                                      Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org?}",                               $"{O}?year=2025",                                       Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org?}",                               $"{O}?year=2026",                                       SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org?}",                               $"/{Okand}",                                            NotFound,     NotFound,     NotFound,     NotFound,     NotFound),
        Get("{org}/mal",                            $"{O}/mal?year=2025",                                   Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/mal",                            $"{O}/mal?year=2026",                                   SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org}/matetal/{measureId}",            $"{O}/matetal/{M}?year=2025",                           Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/matetal/{measureId}",            $"{O}/matetal/{M}?year=2026",                           SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org}/matetal/{measureId}",            $"{O}/matetal/finns-inte",                              NotFound,     NotFound,     NotFound,     NotFound,     NotFound),
        Get("{org}/rapport",                        $"{O}/rapport?year=2025",                               Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/rapport",                        $"{O}/rapport?year=2026",                               SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org}/rapport/las",                    $"{O}/rapport/las?year=2025",                           Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/rapport/las",                    $"{O}/rapport/las?year=2026",                           SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org}/rapport/ladda-ner",              $"{O}/rapport/ladda-ner?year=2025&format=html",         Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/rapport/ladda-ner",              $"{O}/rapport/ladda-ner?year=2026&format=html",         SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org}/enkat/{year:int}/resultat",      $"{O}/enkat/2025/resultat",                             Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/enkat/{year:int}/resultat",      $"{O}/enkat/2026/resultat",                             SignIn,       Ok,           Ok,           Ok,           Ok),
        Get("{org}/enkat/{year:int}/resultat.xlsx", $"{O}/enkat/2025/resultat.xlsx",                        Ok,           Ok,           Ok,           Ok,           Ok),
        Get("{org}/enkat/{year:int}/resultat.xlsx", $"{O}/enkat/2026/resultat.xlsx",                        SignIn,       Ok,           Ok,           Ok,           Ok),

        // Working pages: data entry for reporters (each sees their own unit's measures) and the admin; the rest for the admin.
        Get("{org}/inmatning",                      $"{O}/inmatning?year=2026",                             SignIn,       Denied,       Ok,           Ok,           Ok),
        Get("{org}/granskning",                     $"{O}/granskning?year=2026",                            SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/granskning",                     $"/{Okand}/granskning",                                 SignIn,       Denied,       NotFound,     Denied,       Denied),
        Get("{org}/texter",                         $"{O}/texter",                                          SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/texter/{sectionId}",             $"{O}/texter/{MatrixFactory.Section}",                  SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/texter/{sectionId}/ta-bort",     $"{O}/texter/{MatrixFactory.Section}/ta-bort",          SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/omgangar",                       $"{O}/omgangar",                                        SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/omgangar/{year:int}/{to}",       $"{O}/omgangar/{MatrixFactory.ReviewYear}/godkann",     SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/import",                         $"{O}/import",                                          SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/import",                         $"{O}/import?handler=Template&year=2026",               SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/import",                         $"{O}/import?handler=ModelFile",                        SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/logg",                           $"{O}/logg",                                            SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/logg",                           $"{O}/logg?handler=Csv",                                SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/enkat/{year:int}/definition",    $"{O}/enkat/2026/definition",                           SignIn,       Denied,       Ok,           Denied,       Denied),
        Get(Highlights,                             $"{O}/hojdpunkter",                                     SignIn,       Denied,       Ok,           Denied,       Denied),
        Get(Highlights,                             HighlightsPage,                                         SignIn,       Denied,       Ok,           Denied,       Denied),
        Get(Highlights,                             $"/{Okand}/hojdpunkter/2026",                           SignIn,       Denied,       NotFound,     Denied,       Denied),

        // The survey: each reporter sees their units' answers, the admin everyone's; only the unit's reporter answers and submits, only the admin sends and reopens.
        Get("{org}/enkat",                          $"{O}/enkat",                                           SignIn,       Denied,       Ok,           Ok,           Ok),
        Get("{org}/enkat",                          $"/{Okand}/enkat",                                      SignIn,       Denied,       NotFound,     NotFound,     NotFound),
        Get("{org}/enkat/{year:int}/{unit}",        $"{Survey}",                                            SignIn,       Denied,       Ok,           Ok,           Forbidden),
        Get("{org}/enkat/{year:int}/{unit}",        $"{O}/enkat/2026/inte-skickad",                         SignIn,       Denied,       NotFound,     NotFound,     NotFound),
        Get("{org}/enkat/{year:int}/{unit}/skicka-in", $"{SubmitSurvey}",                                   SignIn,       Denied,       Forbidden,    Ok,           Forbidden),
        Get("{org}/enkat/{year:int}/{unit}/oppna-igen", $"{ReopenSurvey}",                                  SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("{org}/enkat/{year:int}/{unit}/ta-bort-ur-utskicket", WithdrawSurvey,                              SignIn,       Denied,       Ok,           Denied,       Denied),

        // Account administration, the admin's; changing one's own password, anyone's signed in.
        Get("konton",                               "/konton",                                              SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("konton/nytt",                          "/konton/nytt",                                         SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("konton/{id}",                          $"/konton/{MatrixFactory.AccountId}",                   SignIn,       Denied,       Ok,           Denied,       Denied),
        Get("konton/{id}",                          "/konton/finns-inte",                                   SignIn,       Denied,       NotFound,     Denied,       Denied),
        Get("konto/byt-losenord",                   "/konto/byt-losenord",                                  SignIn,       Ok,           Ok,           Ok,           Ok),

        // Accounts and errors, open to all.
        Get("konto/logga-in",                       "/konto/logga-in",                                      Ok,           Ok,           Ok,           Ok,           Ok),
        Get("konto/extern",                         "/konto/extern",                                        SignIn,       SignIn,       SignIn,       SignIn,       SignIn),
        Get("konto/logga-ut",                       "/konto/logga-ut",                                      Found("/"),   Found("/"),   Found("/"),   Found("/"),   Found("/")),
        Get("konto/nekad",                          "/konto/nekad",                                         Forbidden,    Forbidden,    Forbidden,    Forbidden,    Forbidden),
        Get("fel",                                  "/fel",                                                 Ok,           Ok,           Ok,           Ok,           Ok),

        // Files, the API's description and its interactive page, open to all.
        Get(ServedBy.StaticFiles,                   "/css/site.css",                                        Ok,           Ok,           Ok,           Ok,           Ok),
        Get("css/rapport.css",                      "/css/rapport.css",                                     Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/openapi.json",                     "/api/openapi.json",                                    Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/dokumentation/{**path}",           "/api/dokumentation/index.html",                        Ok,           Ok,           Ok,           Ok,           Ok),

        // API reads: as the pages, but 401 where a page sends the public to sign in.
        Get("api/organizations",                    "/api/organizations",                                   Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/model",        $"{A}/model?year=2025",                                 Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/model",        $"{A}/model?year=2026",                                 Unauthorized, Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/model",        $"/api/organizations/{Okand}/model",                    NotFound,     NotFound,     NotFound,     NotFound,     NotFound),
        Get("api/organizations/{org}/measures/{measureId}/outcomes", $"{A}/measures/{M}/outcomes",          Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/measures/{measureId}/outcomes", $"{A}/measures/finns-inte/outcomes",   NotFound,     NotFound,     NotFound,     NotFound,     NotFound),
        Get("api/organizations/{org}/assessments",  $"{A}/assessments?year=2025",                           Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/assessments",  $"{A}/assessments?year=2026",                           Unauthorized, Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/rounds",       $"{A}/rounds",                                          Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/reports/{year:int}", $"{A}/reports/2025?format=html",                  Ok,           Ok,           Ok,           Ok,           Ok),
        Get("api/organizations/{org}/reports/{year:int}", $"{A}/reports/2026?format=html",                  Unauthorized, Ok,           Ok,           Ok,           Ok),

        // API writes, sent as JSON: outcomes by the unit's reporter and the admin, the rest by the admin.
        //   method route                                                           address                             body                      writes        anonymous     reader        admin         reporter      other reporter
        Write("POST", "api/token",                                                  "/api/token",                         Requests.Token,           null,         Ok,           Ok,           Ok,           Ok,           Ok),
        Write("PUT",  "api/organizations/{org}/measures/{measureId}/outcomes/{period}", $"{A}/measures/{M}/outcomes/2026", Requests.OutcomeJson,  "outcome",    Unauthorized, Forbidden,    Ok,           Ok,           Forbidden),
        Write("PUT",  "api/organizations/{org}/assessments/{subjectId}/{year:int}", $"{A}/assessments/{M}/2026",          Requests.AssessmentJson,  "assessment", Unauthorized, Forbidden,    Ok,           Forbidden,    Forbidden),
        Write("POST", "api/organizations/{org}/rounds",                             $"{A}/rounds",                        Requests.RoundJson,       "round",      Unauthorized, Forbidden,    Created,      Forbidden,    Forbidden),
        Write("POST", "api/organizations/{org}/rounds/{year:int}/state",            $"{A}/rounds/{MatrixFactory.MovingYear}/state", Requests.RoundStateJson, "round", Unauthorized, Forbidden, Ok,  Forbidden,    Forbidden),

        // Page writes, posted as forms with the session's antiforgery token.
        Write("POST", "konto/logga-in",                  "/konto/logga-in",                                   Requests.SignInUnknown,    null,         Ok,           Ok,           Ok,           Ok,           Ok),
        Write("POST", "konto/logga-in",                  "/konto/logga-in?handler=External",                  Requests.SignInExternal,   null,         NotFound,     NotFound,     NotFound,     NotFound,     NotFound),
        Write("POST", "konto/byt-losenord",              "/konto/byt-losenord",                               Requests.ChangePasswordWrong, null,      SignIn,       Ok,           Ok,           Ok,           Ok),
        Write("POST", "konton/nytt",                     "/konton/nytt",                                      Requests.AccountCreate,    "account",    SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "konton/{id}",                     $"{Account}?handler=Save",                           Requests.AccountRole,      "account",    SignIn,       Denied,       Found(Account), Denied,     Denied),
        Write("POST", "konton/{id}",                     $"{Account}?handler=ResetPassword",                  Requests.NoFields,         "account",    SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "konton/{id}",                     $"{DisabledAccount}?handler=Disable",                Requests.NoFields,         "account",    SignIn,       Denied,       Found(DisabledAccount), Denied, Denied),
        Write("POST", "konton/{id}",                     $"{EnabledAccount}?handler=Enable",                  Requests.NoFields,         "account",    SignIn,       Denied,       Found(EnabledAccount), Denied, Denied),
        Write("POST", "konto/logga-ut",                  "/konto/logga-ut",                                   Requests.NoFields,         null,         Found("/"),   Found("/"),   Found("/"),   Found("/"),   Found("/")) with { OwnSession = true },
        Write("POST", "{org}/inmatning",                 $"{O}/inmatning?year=2026",                          Requests.EntryValue,       "outcome",    SignIn,       Denied,       Found($"{O}/inmatning"), Found($"{O}/inmatning"), Forbidden),
        Write("POST", "{org}/granskning",                $"{O}/granskning?year=2026",                         Requests.ReviewAssessment, "assessment", SignIn,       Denied,       Found($"{O}/granskning"), Denied, Denied),
        Write("POST", "{org}/texter/{sectionId}",        $"{O}/texter/{MatrixFactory.Section}",               Requests.SectionText,      "section",    SignIn,       Denied,       Found($"{O}/texter/{MatrixFactory.Section}"), Denied, Denied),
        Write("POST", "{org}/texter/{sectionId}",        $"{O}/texter/{MatrixFactory.Section}?handler=Preview", Requests.SectionText,    null,         SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/texter",                    $"{O}/texter?year={MatrixFactory.SectionFreeYear}&handler=Copy", Requests.NoFields, "section", SignIn,  Denied,       Found($"{O}/texter"), Denied, Denied),
        Write("POST", "{org}/texter",                    $"{O}/texter?year=2026&handler=Add",                 Requests.SectionAdd,       "section",    SignIn,       Denied,       Found($"{O}/texter"), Denied, Denied),
        Write("POST", "{org}/texter",                    $"{O}/texter?year=2026&handler=Move",                Requests.SectionMove,      "section",    SignIn,       Denied,       Found($"{O}/texter"), Denied, Denied),
        Write("POST", "{org}/texter/{sectionId}/ta-bort", $"{O}/texter/{MatrixFactory.RemovedSection}/ta-bort", Requests.SectionRemove, "section",   SignIn,       Denied,       Found($"{O}/texter"), Denied, Denied),
        Write("POST", "{org}/omgangar",                  $"{O}/omgangar?handler=Open",                        Requests.OpenRound,        "round",      SignIn,       Denied,       Found($"{O}/omgangar"), Denied, Denied),
        Write("POST", "{org}/omgangar",                  $"{O}/omgangar?handler=Move",                        Requests.MoveRound,        "round",      SignIn,       Denied,       Found($"{O}/omgangar"), Denied, Denied),
        Write("POST", "{org}/omgangar/{year:int}/{to}",  $"{O}/omgangar/{MatrixFactory.ReviewYear}/godkann",  Requests.NoFields,         "round",      SignIn,       Denied,       Found($"{O}/omgangar"), Denied, Denied),
        Write("POST", "{org}/enkat",                     $"{O}/enkat?year=2026&handler=Send",                 Requests.SurveySend,       SurveyWrites, SignIn,      Denied,       Found($"{O}/enkat"), Denied, Denied),
        Write("POST", "{org}/enkat/{year:int}/{unit}",   $"{Survey}?handler=Save",                            Requests.SurveyAnswer,     AnswerWrites, SignIn,      Denied,       Forbidden,    Found(Survey), Forbidden),
        Write("POST", "{org}/enkat/{year:int}/{unit}",   $"{Survey}?handler=Submit",                          Requests.SurveyAnswer,     AnswerWrites, SignIn,      Denied,       Forbidden,    Found($"{Survey}/skicka-in"), Forbidden),
        Write("POST", "{org}/enkat/{year:int}/{unit}/skicka-in", SubmitSurvey,                                Requests.SurveySubmit,     AnswerWrites, SignIn,      Denied,       Forbidden,    Found(SubmitSurveyAnswer), Forbidden),
        Write("POST", "{org}/enkat/{year:int}/{unit}/oppna-igen", ReopenSurvey,                               Requests.SurveyReopen,     AnswerWrites, SignIn,      Denied,       Found($"{O}/enkat"), Denied, Denied),
        Write("POST", "{org}/enkat/{year:int}/{unit}/ta-bort-ur-utskicket", WithdrawSurvey,                  Requests.NoFields,         SurveyWrites, SignIn,      Denied,       Found($"{O}/enkat"), Denied, Denied),
        Write("POST", "{org}/import",                    $"{O}/import?handler=PreviewOutcomes",               Requests.PreviewOutcomes,  null,         SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/import",                    $"{O}/import?handler=ImportOutcomes",                Requests.ImportOutcomes,   "outcome",    SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/import",                    $"{O}/import?handler=PreviewModel",                  Requests.PreviewModel,     null,         SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/import",                    $"{O}/import?handler=ImportModel",                   Requests.ImportModel,      "model",      SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/enkat/{year:int}/definition", $"{O}/enkat/2026/definition",                    Requests.SurveyDefinition, "survey",     SignIn,       Denied,       Found($"{O}/enkat/2026/definition"), Denied, Denied),
        Write("POST", Highlights,                        $"{HighlightsPage}?handler=Save",                    Requests.Highlight,        "highlights", SignIn,       Denied,       Found(HighlightsPage), Denied, Denied),
        Write("POST", Highlights,                        $"{HighlightsPage}?handler=Preview",                 Requests.Highlight,        null,         SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", Highlights,                        $"{HighlightsPage}?handler=Move",                    Requests.HighlightMove,    "highlights", SignIn,       Denied,       Found(HighlightsPage), Denied, Denied),
        Write("POST", Highlights,                        $"{HighlightsPage}?handler=ChildRights",             Requests.ChildRights,      "child-rights", SignIn,     Denied,       Found(HighlightsPage), Denied, Denied),
        Write("POST", Highlights,                        $"{HighlightsPage}?handler=AddDecisionRows",         Requests.ChildRights,      null,         SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/enkat/{year:int}/definition", $"{O}/enkat/2026/definition?handler=AddRows",    Requests.SurveyDefinition, null,         SignIn,       Denied,       Ok,           Denied,       Denied),
        Write("POST", "{org}/enkat/{year:int}/definition", $"{O}/enkat/{MatrixFactory.SurveyFreeYear}/definition?handler=CreateFromPrevious", Requests.NoFields, "survey", SignIn, Denied, Found($"{O}/enkat/{MatrixFactory.SurveyFreeYear}/definition"), Denied, Denied),
    ];

    private static Row Get(string route, string url, Answer anonymous, Answer reader, Answer admin, Answer reporter, Answer otherReporter) =>
        new("GET", route, url, anonymous, reader, admin, reporter, otherReporter);

    private static Row Write(string method, string route, string url, Body body, string? writes, Answer anonymous, Answer reader, Answer admin, Answer reporter, Answer otherReporter) =>
        new(method, route, url, anonymous, reader, admin, reporter, otherReporter) { Body = body, Writes = writes };
}
