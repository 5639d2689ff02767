public class InvoiceEndpointTests : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/invoices/7", «200»)]
    [InlineData("/invoices/0", «404»)]
    [InlineData("/invoices/x", «400»)]
    public async Task Fetch_answers(string path, int expectedStatus)
    {
        var reply = await _client.GetAsync(path);
        Assert.Equal(expectedStatus, (int)reply.StatusCode);
    }

    [Theory]
    [InlineData(‹100›, ‹4›)]
    [InlineData(‹250›, ‹2›)]
    public void Pages(int pageSize, int expectedPages)
    {
        Assert.Equal(expectedPages, Paginate(‹500›, pageSize));
    }

    [DataRow(«409»)]
    [TestMethod]
    public void Duplicate_is_rejected(int statusCode) { }
}
