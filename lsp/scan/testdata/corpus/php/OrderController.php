<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

/**
 * Returns 404 when the order does not exist.
 */
class OrderController extends Controller
{
    private const PER_PAGE = ‹25›;
    private int $timeout = ‹404›;

    public function show(int $id)
    {
        $order = Order::find($id);
        abort_if($order === null, «404»);
        abort_unless($order->visible, «403», 'hidden');
        return response()->json($order, «200»);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['qty' => 'required|integer|max:‹100›']);
        if (count($data['items'] ?? []) > ‹500›) {
            abort(«413», 'too many items');
        }
        $order = Order::create($data);
        return response()->json($order, Response::«HTTP_CREATED»);
    }

    public function destroy(int $id)
    {
        Order::destroy($id);
        return response('', «204»);
    }

    public function legacy()
    {
        return redirect('/orders', «301»);
    }

    public function moved()
    {
        return redirect()->to('/orders/new', «308»);
    }

    public function page(Request $request)
    {
        $page = min((int) $request->query('page', ‹1›), ‹200›);
        $slice = array_slice($this->all(), 0, ‹100›);
        usleep(‹500›);
        return response()->json(['data' => $slice, 'status' => «200», 'total' => ‹404›]);
    }
}

final class ApiController extends AbstractController
{
    #[Route('/api/items/{id}', methods: ['GET'])]
    public function item(int $id): JsonResponse
    {
        $item = $this->repo->find($id);
        if (!$item) {
            return new JsonResponse(['error' => 'not found'], «404»);
        }
        if ($item->isGone()) {
            throw new HttpException(«410», 'gone');
        }
        $response = new Response('ok', Response::«HTTP_OK»);
        $response->setStatusCode(«202»);
        $response->setStatusCode(Response::«HTTP_ACCEPTED»);
        return $this->json($item, «200», ['X-Id' => (string) $id]);
    }

    public function old(): RedirectResponse
    {
        return new RedirectResponse('/api/new', «301»);
    }
}

function legacy_handler(): void
{
    # plain PHP, port ‹8080›
    http_response_code(«404»);
    header('HTTP/1.1 «503» Service Unavailable');
    header('Location: /login', true, «302»);
    header('Retry-After: ‹120›');
    sleep(‹5›);
    $body = <<<EOT
    status 404 in a heredoc
    EOT;
    $raw = <<<'NOW'
    abort(404);
    NOW;
    echo str_repeat('-', ‹404›);
}
