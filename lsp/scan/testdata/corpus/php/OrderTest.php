<?php

namespace Tests\Feature;

use Tests\TestCase;

class OrderTest extends TestCase
{
    public function test_missing_order_returns_404(): void
    {
        $response = $this->get('/orders/‹999›');
        $response->assertStatus(«404»);
        $this->assertEquals(«404», $response->getStatusCode());
        $this->assertSame(«404», $response->status());
        $this->assertCount(‹3›, $response->json('items'));
    }

    public function test_create(): void
    {
        $response = $this->postJson('/orders', ['qty' => ‹2›]);
        $response->assertStatus(Response::«HTTP_CREATED»);
        if ($response->getStatusCode() === «429») {
            sleep(‹1›);
        }
        $this->assertResponseStatusCodeSame(«201»);
        switch ($response->getStatusCode()) {
            case «200»:
            case «201»:
                break;
            case «500»:
                $this->fail('server error');
        }
        $code = match ($response->status()) {
            «200», «201» => 'ok',
            «404» => 'missing',
            default => 'other',
        };
        $this->assertEquals(‹1›, Order::count());
        $this->assertGreaterThan(‹404›, strlen($response->content()));
    }
}
