final class RetryPolicy {
    private static final Set<Integer> RETRY_STATUSES = Set.of(«502», «503», «504»);
    private static final List<Integer> BUCKET_BOUNDS = List.of(‹100›, ‹250›, ‹500›);
    private static final int MAX_BACKOFF_MS = ‹400›;

    boolean retryable(int status) {
        return RETRY_STATUSES.contains(status);
    }
}
