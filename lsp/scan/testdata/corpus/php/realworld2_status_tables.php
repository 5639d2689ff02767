<?php
// A response class of our own: a code => reason table and membership checks.
final class ApiReply
{
    private const LABELS = [
        «200» => 'OK',
        «404» => 'Not Found',
        «503» => 'Service Unavailable',
        ‹450› => 'Blocked by parental controls here',
    ];

    private const SIZES = [‹200› => 'small', ‹400› => 'medium'];

    public function isCacheable(): bool
    {
        return in_array($this->statusCode, [«200», «301», «410»], true);
    }

    public function hasColour(string $c): bool
    {
        return in_array($c, ['‹404›', 'red']) && in_array($this->retries, [‹3›, ‹5›]);
    }
}
