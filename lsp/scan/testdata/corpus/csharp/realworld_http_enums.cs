namespace Billing.Contracts
{
    public enum GatewayResponseCode : int
    {
        Approved = «200»,
        Declined = «402»,
        Locked = «423»,
    }

    public enum RetryBudget
    {
        Small = ‹100›,
        Large = ‹500›,
    }
}
