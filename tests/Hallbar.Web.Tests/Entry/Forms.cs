using AngleSharp.Html.Dom;

namespace Hallbar.Web.Tests.Entry;

/// <summary>Sending a form of a page as a browser would: its fields as they stand, with what the person typed.</summary>
internal static class Forms
{
    public static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields[box.Name!] = box.Value;
                    break;
                case IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit") } input when !string.IsNullOrEmpty(input.Name):
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        return fields;
    }

    /// <summary>Sends the form to its action with some fields changed.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this WebClient client, IHtmlDocument page, IHtmlFormElement form, Dictionary<string, string>? typed = null)
    {
        var fields = Fields(form);
        foreach (var (name, value) in typed ?? [])
        {
            fields[name] = value;
        }

        return client.PostFormAsync(Action(form), page, fields);
    }

    /// <summary>Where the form is sent, without the fragment the browser keeps for itself.</summary>
    public static string Action(IHtmlFormElement form) => form.GetAttribute("action")!.Split('#')[0];

    public static IHtmlFormElement FormIn(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector + " form") as IHtmlFormElement ?? throw new InvalidOperationException($"No form in {selector}.");

    /// <summary>The page a redirect leads to.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this WebClient client, HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }

    public static async Task<IHtmlDocument> DocumentAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
