// NUnit constraint assertions on a response.
[TestFixture]
public class TrackingApiTests
{
    [Test]
    public async Task MissingParcelIsNotFound()
    {
        var response = await _client.GetAsync("/track/999");
        Assert.That((int)response.StatusCode, Is.EqualTo(«404»));
        Assert.That(parcels.Count, Is.EqualTo(‹200›));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(‹503›));
    }
}
