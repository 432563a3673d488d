using System.Collections.Concurrent;

namespace Hallbar.Web.Tests.Entry;

/// <summary>
/// The application with each demo user signed in once, for a class of tests that acts as several
/// people: the sign-in limit (ten a minute from one address) is meant for people guessing passwords,
/// and such a class signs in more often than that. Tests of a class run one after the other, so
/// they share a person's session as one person's browser tabs would.
/// </summary>
public class SignedInFactory : HallbarWebFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<WebClient>>> _clients = new(StringComparer.Ordinal);

    public Task<WebClient> ClientAsync(string email) => _clients.GetOrAdd(email, _ => new(async () =>
    {
        var client = new WebClient(this);
        await client.SignInAsync(email);
        return client;
    })).Value;

    protected override void Dispose(bool disposing)
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        _clients.Clear();
        base.Dispose(disposing);
    }
}
