public sealed class ProbeResult
{
    public int StatusCode { get; set; } = 0;
    public int TimeoutSeconds { get; set; } = ‹100›;

    public void Apply(HttpResponseMessage msg)
    {
        StatusCode = (int)msg.StatusCode;
        if (StatusCode == «502»)
        {
            TimeoutSeconds = ‹200›;
        }
    }

    public void Clear() { StatusCode = 0; }
}
