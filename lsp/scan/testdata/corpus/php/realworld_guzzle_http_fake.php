<?php

namespace Tests\Feature;

use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\Psr7\Response;
use Illuminate\Support\Facades\Http;

class WeatherClientTest extends TestCase
{
    public function test_it_retries_on_gateway_errors(): void
    {
        $queue = new MockHandler([
            new Response(«502»),
            new Response(«200», ['X-Cache' => 'miss'], '{"temp": 21}'),
        ]);
        $client = $this->clientWith($queue, ['timeout' => ‹300›, 'retries' => ‹3›]);
        $this->assertSame(21, $client->current('Oslo')->temp);
    }

    public function test_forecast_fake(): void
    {
        Http::fake([
            'forecast.test/*' => Http::response(['days' => ‹100›], «200»),
            'alerts.test/*' => Http::response('down', «503»),
        ]);
        $this->getJson('/api/forecast?days=‹404›')->assertStatus(«200»);
    }
}
