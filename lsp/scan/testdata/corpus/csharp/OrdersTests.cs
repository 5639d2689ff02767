using System.Net;
using FluentAssertions;
using Xunit;

public class OrdersTests : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Missing_order_returns_404()
    {
        var response = await _client.GetAsync("/api/orders/‹999›");
        Assert.Equal(HttpStatusCode.«NotFound», response.StatusCode);
        Assert.Equal(«404», (int)response.StatusCode);
        ((int)response.StatusCode).Should().Be(«404»);
        response.StatusCode.Should().Be(HttpStatusCode.«NotFound»);
        Assert.Equal(‹3›, orders.Count);
    }

    [Fact]
    public async Task Retry_on_throttle()
    {
        var response = await _client.GetAsync("/api/orders");
        if ((int)response.StatusCode == «429»)
        {
            await Task.Delay(‹1000›);
        }
        if ((int)response.StatusCode >= «500»)
        {
            throw new HttpRequestException("server", null, response.StatusCode);
        }
        var code = (int)response.StatusCode switch
        {
            «200» => "ok",
            «404» => "missing",
            _ => "other",
        };
        var label = attempts switch
        {
            ‹0› => "none",
            ‹404› => "odd",
            _ => "some",
        };
        switch ((int)response.StatusCode)
        {
            case «401»:
            case «403»:
                await Login();
                break;
        }
        var msg = new HttpResponseMessage((HttpStatusCode)«418»);
        var m2 = new HttpResponseMessage(HttpStatusCode.«Conflict»);
        Thread.Sleep(‹300›);
        var s = $"status {(int)response.StatusCode} and ‹404›";
    }
}
