using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hallbar.Web.Site;

/// <summary>The OpenAPI document's words: what the API is, in Swedish and English, and how to sign in to it.</summary>
internal static class ApiDocument
{
    private const string CookieScheme = "cookie";
    private const string BearerScheme = "bearer";

    private const string Description = """
        Hallbars JSON-API: målmodellen, utfall, bedömningar, rapportomgångar och redovisningens filer, med samma
        behörighet som webbsidorna. Utan inloggning syns bara publicerade redovisningsår; en läsare ser allt; en
        rapportör ser allt och skriver utfall för mätetal som hör till hens förvaltningar (och deras underenheter);
        en administratör får allt.

        **Inloggning.** I webbläsaren gäller inloggningen på webbplatsen (kakan `hallbar`), så sidan
        /api/dokumentation kan prova anropen direkt. Ett skript hämtar en token med `POST /api/token` och skickar
        den som `Authorization: Bearer <token>`; den gäller en timme.

        **Skrivningar** (PUT och POST) skickas med `Content-Type: application/json`; annat avvisas med 415.
        Det är skyddet mot att en annan webbplats skriver i en inloggad persons namn: ett formulär från en annan
        sida kan inte skicka JSON, och ett skript på en annan sida får inte göra det utan CORS, som Hallbar aldrig
        tillåter. Tal är JSON-tal med punkt som decimaltecken (`184.5`), datum ISO 8601.

        **Fel** är problem details (RFC 9457) med `title` och `detail` på svenska och `titleEn` och `detailEn` på
        engelska; fält som behöver rättas står i `errors`. 401: inloggning krävs. 403: rollen eller förvaltningen
        räcker inte. 409: någon annan har ändrat värdet sedan det lästes (svaret har `current` och
        `currentVersion`). 423: rapportomgången är godkänd och låst.

        ---

        Hallbar's JSON API: the goal model, outcomes, assessments, reporting rounds and the report's files, with the
        same authorization as the web pages. Without signing in, only published report years are visible; a reader
        sees everything; a reporter sees everything and writes the outcomes of measures that belong to their org
        units (and the units below them); an administrator may do everything.

        **Signing in.** In a browser the web site's sign-in holds (the `hallbar` cookie), so /api/dokumentation can
        try the calls directly. A script gets a token with `POST /api/token` and sends it as
        `Authorization: Bearer <token>`; it is valid for an hour.

        **Writes** (PUT and POST) are sent with `Content-Type: application/json`; anything else is refused (415).
        That is what keeps another web site from writing in a signed-in person's name: a form on another site
        cannot send JSON, and a script on another site may not without CORS, which Hallbar never allows. Numbers
        are JSON numbers with a decimal point (`184.5`), dates ISO 8601.

        **Errors** are problem details (RFC 9457) with `title` and `detail` in Swedish and `titleEn` and
        `detailEn` in English; fields to correct are listed in `errors`. 401: sign-in required. 403: the role or
        the org unit is not enough. 409: someone else changed the value since it was read (the answer holds
        `current` and `currentVersion`). 423: the reporting round is approved and locked.
        """;

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo { Title = "Hallbar API", Version = "1", Description = Description };
            // No server list: the API is where the document is. The address the request came in on is wrong behind
            // a proxy that ends HTTPS, and a list of one made the API page show an unlabelled server chooser.
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "hallbar",
                Description = "Inloggningen på webbplatsen. / The web site's sign-in.",
            };
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "En token från POST /api/token. / A token from POST /api/token.",
            };
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, _, _) =>
        {
            // Enums are written as camelCase words (see Api): say that they are strings.
            if (schema.Enum is { Count: > 0 } && schema.Type is null)
            {
                schema.Type = JsonSchemaType.String;
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // Endpoints that need a role say so; the others answer everyone, the public with published years only.
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                ];
            }

            return Task.CompletedTask;
        });
    }
}
