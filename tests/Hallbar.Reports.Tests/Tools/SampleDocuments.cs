namespace Hallbar.Reports.Tests.Tools;

/// <summary>Small documents that the tools' own tests check: a good Swedish report page and broken variants of it.</summary>
internal static class SampleDocuments
{
    public const string Title = "Hållbarhetsredovisning 2025 – Region Exempel";

    /// <summary>A valid, accessible page: language, title, headings in order, a table with caption and header cells.</summary>
    public static string Swedish(string body = "") => $$"""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Title}}</title>
        <style>
          body { font-family: 'DejaVu Sans', sans-serif; line-height: 1.4; color: #1a1a1a; }
          table { width: 100%; border-collapse: collapse; }
          caption { text-align: left; font-weight: bold; }
          th, td { border: 1px solid #666; padding: 0.2em 0.5em; }
          th[scope="row"] { text-align: left; font-weight: normal; white-space: nowrap; }
          td.tal { text-align: right; }
          .positiv { background: #d9f2d9; }
        </style>
        </head>
        <body>
        <header><p>Region Exempel</p></header>
        <main>
        <h1>{{Title}}</h1>
        <h2>Resultatet i korthet</h2>
        <p>Målen följs upp årligen. Utsläppen av växthusgaser har minskat sedan basåret 2019, och ökningen av förnybar energi fortsätter.</p>
        <h2>Bilaga 2: Indikatorer och mätetal</h2>
        <table>
        <caption>Resurseffektiva verksamheter</caption>
        <thead>
        <tr><th scope="col">Mätetal</th><th scope="col">2023</th><th scope="col">2024</th><th scope="col">2025</th><th scope="col">Bedömning</th></tr>
        </thead>
        <tbody>
        <tr><th scope="row">Energianvändning i fastigheter</th><td class="tal">192&nbsp;kWh/m²</td><td class="tal">188&nbsp;kWh/m²</td><td class="tal">184&nbsp;kWh/m²</td><td class="positiv">Positiv</td></tr>
        <tr><th scope="row">Växthusgasutsläpp mot basår 2019</th><td class="tal">-31&nbsp;%</td><td class="tal">-33&nbsp;%</td><td class="tal">-36&nbsp;%</td><td class="positiv">Positiv</td></tr>
        <tr><th scope="row">Andel förnybart bränsle</th><td class="tal">35,1&nbsp;%</td><td class="tal">36,0&nbsp;%</td><td class="tal">36,9&nbsp;%</td><td>Oförändrad</td></tr>
        </tbody>
        </table>
        {{body}}
        </main>
        </body>
        </html>
        """;

    /// <summary>The good page with markup errors: a paragraph closed inside a div, and a stray end tag.</summary>
    public static string BrokenMarkup() => Swedish("<div><p>Öppen div</div></p></span>");

    /// <summary>The good page with an image that has no text alternative (WCAG 1.1.1).</summary>
    public static string ImageWithoutAlt() =>
        Swedish("""<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="40" height="40"></p>""");
}
