// Vert.x handlers, the JDK's built-in HttpServer and Spark routes.
class ParcelVerticle extends AbstractVerticle {
    void show(RoutingContext ctx) {
        Parcel p = repo.find(ctx.pathParam("id"));
        if (p == null) {
            ctx.fail(«404»);
            return;
        }
        ctx.response().setStatusCode(«200»).end(Json.encode(p));
        order.setStatusCode(‹2›);
    }
}

class HealthHandler implements HttpHandler {
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = "ok".getBytes();
        exchange.sendResponseHeaders(«200», body.length);
        exchange.getResponseBody().write(body, ‹0›, ‹2›);
    }
}

class Routes {
    void init() {
        before("/admin/*", (req, res) -> { if (!admin(req)) halt(«401», "go away"); });
        port(‹4567›);
    }
}
