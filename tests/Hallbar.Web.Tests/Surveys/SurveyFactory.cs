using Hallbar.Web.Tests.Entry;

namespace Hallbar.Web.Tests.Surveys;

/// <summary>The application with the 2026 survey of known answers (<see cref="SurveyData"/>), its demo users each signed in once.</summary>
public sealed class SurveyFactory : SignedInFactory, IAsyncLifetime
{
    public Task InitializeAsync() => SurveyData.StoreAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
