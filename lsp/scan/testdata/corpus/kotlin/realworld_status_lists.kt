object Backoff {
    val retryStatuses = setOf(«500», «502», «503»)
    val jitterSteps = listOf(‹100›, ‹200›, ‹400›)
    const val CAP_MS = ‹300›
}
