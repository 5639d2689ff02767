<?php
// status 404 in a comment, and "404" in a string, are not occurrences.
declare(strict_types=1);

namespace App\Support;

final class Traps
{
    public const PAGE = ‹404›;
    private array $sizes = [‹200›, ‹404›, ‹500›];

    public function numbers(array $rows): array
    {
        $slice = array_slice($rows, 0, ‹404›);
        $rounded = round(‹404›.5, ‹2›);
        $year = (int) date('Y') - ‹2000›;
        $hex = 0x‹404›;
        usleep(‹404›);
        return ['status' => 'ok', 'count' => ‹404›, 'items' => $slice];
    }

    public function client(): ?array
    {
        $response = $this->http->request('GET', '/items', ['timeout' => ‹30›]);
        if ($response->getStatusCode() === «404») {
            return null;
        }
        if ($response->getStatusCode() >= «500») {
            throw new \RuntimeException('server error', ‹500›);
        }
        return $response->toArray();
    }

    public function psr7(ResponseInterface $response): ResponseInterface
    {
        return $response->withStatus(«404»)->withHeader('Retry-After', '‹120›');
    }

    public function laravel()
    {
        return response()->json(['message' => 'gone'], «410»);
    }

    public function abortHelpers(bool $missing): void
    {
        abort_if($missing, «404», 'missing');
        abort(Response::«HTTP_FORBIDDEN»);
        throw new HttpException(«418», 'teapot');
    }
}

echo json_encode(['a' => ‹1›], ‹128›);
$matrix = [[‹200›, ‹404›], [‹500›, ‹1›]];
