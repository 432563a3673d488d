namespace Hallbar.Web.Tests.Authorization;

/// <summary>Makes a request's body when it is sent, from the database as it then is (the version read, a year not yet used).</summary>
public delegate Task<HttpContent> Body(Caller caller);
