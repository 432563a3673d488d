using System.Net;
using Hallbar.Data.Rows;

namespace Hallbar.Web.Tests.Authorization;

/// <summary>The authorization matrix (<see cref="AuthorizationMatrix"/>): each row asked by every role, and no endpoint left out of it.</summary>
public sealed class AuthorizationMatrixTests(MatrixFactory app) : IClassFixture<MatrixFactory>
{
    /// <summary>Refused roles first, so that each is refused what exists before anyone changed it.</summary>
    private static readonly Role[] Askers = [Role.Anonymous, Role.Reader, Role.OtherReporter, Role.UnitReporter, Role.Admin];

    public static TheoryData<string> Rows => new(AuthorizationMatrix.Rows.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Request_ByEveryRole_GetsItsAnswer_AndWritesOnlyWhenLetThrough(string name)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Name == name);
        var wrong = new List<string>();
        foreach (var role in Askers)
        {
            var answer = row.For(role);
            var before = await app.RevisionAsync();
            using var response = await SendAsync(row, role, withToken: true);
            var problems = new List<string>();
            if (answer.Mismatch(response) is { } mismatch)
            {
                problems.Add(mismatch);
            }

            if (ServedByOf(response) != row.Route)
            {
                problems.Add($"answered by {ServedByOf(response)}, not {row.Route}");
            }

            var changes = await app.ChangesSinceAsync(before);
            if (row.Writes is { } subject && answer.LetThrough)
            {
                if (changes.Count == 0 || changes.Any(c => c.Subject != subject || c.ChangedBy != MatrixFactory.Email(role)))
                {
                    problems.Add($"should have written {subject} as {MatrixFactory.Email(role)}, wrote {Describe(changes)}");
                }
            }
            else if (changes.Count > 0)
            {
                problems.Add($"should have written nothing, wrote {Describe(changes)}");
            }

            if (problems.Count > 0)
            {
                wrong.Add($"{role}: {string.Join("; ", problems)}");
            }
        }

        Assert.True(wrong.Count == 0, $"{row.Name}\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public async Task EveryEndpoint_IsInTheMatrix()
    {
        var inMatrix = AuthorizationMatrix.Rows.Select(r => (r.Method, r.Route, r.Handler)).ToHashSet();

        var missing = (await Endpoints.AllAsync(app.Services)).Where(e => !inMatrix.Contains(e)).Select(Describe).Order().ToList();

        Assert.True(missing.Count == 0, "Endpoints the authorization matrix does not cover; add a row for each:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task EveryRow_IsAnEndpointOfTheApplication()
    {
        var endpoints = await Endpoints.AllAsync(app.Services);

        var unknown = AuthorizationMatrix.Rows.Where(r => !endpoints.Contains((r.Method, r.Route, r.Handler))).Select(r => r.Name).ToList();

        Assert.True(unknown.Count == 0, "Rows for endpoints the application does not have:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public async Task PageWrites_WithoutAntiforgeryToken_AreRefused_AndWriteNothing()
    {
        var wrong = new List<string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method == "POST" && !r.IsApi))
        {
            var before = await app.RevisionAsync();
            // As the admin, who may do them all: only the missing token stops them.
            using var response = await SendAsync(row, Role.Admin, withToken: false);
            var changes = await app.ChangesSinceAsync(before);
            if (response.StatusCode != HttpStatusCode.BadRequest || changes.Count > 0)
            {
                wrong.Add($"{row.Name}: {(int)response.StatusCode}, wrote {Describe(changes)}");
            }
        }

        Assert.True(wrong.Count == 0, "Expected 400 and nothing written:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task Pages_PostedWithoutAHandlerForIt_Answer405_AndWriteNothing()
    {
        var endpoints = await Endpoints.AllAsync(app.Services);
        var pages = Endpoints.PageRoutes(app.Services);
        // Each page that takes no plain POST, at an address where the admin (who may see them all) reaches it.
        var rows = AuthorizationMatrix.Rows
            .Where(r => r.Method == "GET" && r.Handler is null && pages.Contains(r.Route) && !endpoints.Contains(("POST", r.Route, null)) && r.Admin != Answer.NotFound)
            .DistinctBy(r => r.Route)
            .ToList();
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var before = await app.RevisionAsync();
            using var response = await SendAsync(row with { Method = "POST", Body = Requests.NoFields }, Role.Admin, withToken: true);
            var changes = await app.ChangesSinceAsync(before);
            if (response.StatusCode != HttpStatusCode.MethodNotAllowed || changes.Count > 0)
            {
                wrong.Add($"POST {row.Url}: {(int)response.StatusCode}, wrote {Describe(changes)}");
            }
        }

        Assert.True(rows.Count >= 10, $"Only {rows.Count} pages without a POST handler found.");
        Assert.True(wrong.Count == 0, "Expected 405 and nothing written:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task ApiWrites_NotSentAsJson_AreRefused_AndWriteNothing()
    {
        var wrong = new List<string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method != "GET" && r.IsApi))
        {
            var before = await app.RevisionAsync();
            // The same JSON as plain text, which a form on another site can send in a signed-in person's name.
            using var response = await SendAsync(row, Role.Admin, withToken: false, asPlainText: true);
            var changes = await app.ChangesSinceAsync(before);
            if (response.StatusCode != HttpStatusCode.UnsupportedMediaType || changes.Count > 0)
            {
                wrong.Add($"{row.Name}: {(int)response.StatusCode}, wrote {Describe(changes)}");
            }
        }

        Assert.True(wrong.Count == 0, "Expected 415 and nothing written:\n" + string.Join("\n", wrong));
    }

    private async Task<HttpResponseMessage> SendAsync(Row row, Role role, bool withToken, bool asPlainText = false)
    {
        var (client, token) = row.OwnSession ? await app.SessionAsync(role) : app.Session(role);
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(row.Url, UriKind.Relative));
            if (row.Body is { } body)
            {
                request.Content = await body(new Caller(app, role, withToken ? token : null));
                if (asPlainText)
                {
                    request.Content = new StringContent(await request.Content.ReadAsStringAsync(), System.Text.Encoding.UTF8, "text/plain");
                }
            }

            return await client.Http.SendAsync(request);
        }
        finally
        {
            if (row.OwnSession)
            {
                client.Dispose();
            }
        }
    }

    private static string ServedByOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ServedBy.Header, out var values) ? values.Single() : "(no endpoint header)";

    private static string Describe(List<ChangeRow> changes) =>
        changes.Count == 0 ? "nothing" : string.Join(", ", changes.Select(c => $"{c.Subject} {c.Key} by {c.ChangedBy}"));

    private static string Describe((string Method, string Route, string? Handler) endpoint) =>
        $"{endpoint.Method} {endpoint.Route}{(endpoint.Handler is null ? string.Empty : "?handler=" + endpoint.Handler)}";
}
