using System.Net;
using Shouldly;

namespace MigrationPortal.Testing;

/// <summary>What OneID hands back to the browser: the form it posts to the portal's callback, and its fields.</summary>
public sealed record OneIdReturn(Uri Callback, Dictionary<string, string> Fields);

/// <summary>A browser's trip through the local OneID: to it from the portal, back with the code, and on to the portal's page.</summary>
public static class OneIdSteps
{
    /// <summary>Starts at a portal page that sends to OneID, lets <paramref name="person"/> sign in there, and returns what OneID posts back.</summary>
    public static async Task<OneIdReturn> ToOneIdAsync(this PortalClient client, LocalOneId oneId, OneIdPerson person, string start = "/Account/OneId")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(oneId);
        oneId.WillSignIn(person);
        using var challenge = await client.Http.GetAsync(new Uri(start, UriKind.Relative));
        challenge.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"GET {start}");
        var authorize = challenge.Headers.Location!;
        authorize.GetLeftPart(UriPartial.Authority).ShouldBe(oneId.Authority.GetLeftPart(UriPartial.Authority));
        using var answer = await oneId.Browser.GetAsync(authorize);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = (await PortalClient.ParseAsync(answer)).QuerySelector("form")!;
        return new OneIdReturn(
            new Uri(form.GetAttribute("action")!),
            form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? ""));
    }

    /// <summary>Posts OneID's answer to the portal's callback and follows the portal to the page that takes the sign-in.</summary>
    public static async Task<HttpResponseMessage> BackFromOneIdAsync(this PortalClient client, OneIdReturn back)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(back);
        using var callback = await client.Http.PostAsync(back.Callback, new FormUrlEncodedContent(back.Fields));
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the callback answers with a redirect");
        return await client.Http.GetAsync(callback.Headers.Location);
    }

    /// <summary>The whole sign-in: what the portal answers once back from OneID.</summary>
    public static async Task<HttpResponseMessage> SignInWithOneIdAsync(this PortalClient client, LocalOneId oneId, OneIdPerson person, string start = "/Account/OneId") =>
        await client.BackFromOneIdAsync(await client.ToOneIdAsync(oneId, person, start));
}
