using System;
using System.Net;
using System.Net.Http;

namespace Shop.Util;

// status 404 in a comment is not an occurrence
public sealed class Traps
{
    private const int BufferSize = ‹404›;
    private static readonly int[] Codes = { ‹200›, ‹404› };
    public int Status { get; set; } = ‹0›;

    public async Task<string?> FetchAsync(HttpClient client, string url)
    {
        client.Timeout = TimeSpan.FromSeconds(‹100›);
        using var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.«NotFound»)
        {
            return null;
        }
        if ((int)response.StatusCode >= «500» && attempt < ‹3›)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(‹404›));
        }
        var code = (int)response.StatusCode;
        if (code == «429») { await Task.Delay(‹1000›); }
        response.EnsureSuccessStatusCode();
        var text = $@"status {code} of ‹404› items";
        var slice = items[..‹404›];
        return await response.Content.ReadAsStringAsync();
    }

    public IResult Minimal(int id) =>
        id switch
        {
            ‹0› => Results.BadRequest(),
            _ when id > ‹404› => Results.StatusCode(«422»),
            _ => TypedResults.StatusCode(«200»),
        };

    [Range(‹1›, ‹500›)]
    public int Quantity { get; set; }

    public void Throw() => throw new BadHttpRequestException("bad", «400»);

    public void Problem(HttpContext ctx)
    {
        ctx.Response.StatusCode = StatusCodes.«Status400BadRequest»;
        var pd = new ProblemDetails { Status = «400», Title = "bad" };
        var port = ctx.Connection.LocalPort == ‹5000›;
        var x = 0x‹404›;
        var f = ‹404›.0f;
    }
}
