using Hallbar.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddHallbar();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseHallbar();
await app.RunAsync();

/// <summary>The web application; public for the tests' WebApplicationFactory.</summary>
public partial class Program;
