package com.example.util;

import static javax.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import okhttp3.mockwebserver.MockResponse;

/** Helpers full of numbers; only some of them are statuses (e.g. 404 in this comment is not). */
public final class Traps {
    private static final int BUFFER = ‹404›;
    private static final long YEAR = ‹2024›L;
    private static final double RATIO = ‹404›.5;
    private static final String COLOR = "#‹404›040";
    private int status = ‹0›;

    enum Level { LOW(‹100›), HIGH(‹500›); final int v; Level(int v) { this.v = v; } }

    static int clamp(int x) {
        return Math.max(‹100›, Math.min(x, ‹599›));
    }

    void handle(HttpServletResponse resp) throws IOException {
        resp.setStatus(«SC_NOT_FOUND»);
        resp.setContentLength(‹404›);
        resp.addHeader("X-Limit", String.valueOf(‹500›));
        if (resp.getStatus() == «404») {
            log.debug("status {}", ‹404›);
        }
        Level level = code > ‹400› ? Level.HIGH : Level.LOW;
    }

    MockResponse mock() {
        return new MockResponse().setResponseCode(«503»).setBodyDelay(‹404›, TimeUnit.MILLISECONDS);
    }

    void jaxrs() {
        throw new WebApplicationException("missing", «404»);
    }

    Response jaxrsOk() {
        return Response.status(«201»).entity(body).build();
    }

    void client(HttpResponse<String> r) {
        int retries = ‹3›;
        for (int i = 0; i < ‹404›; i++) {
            if (r.statusCode() / ‹100› == ‹5›) retries--;
        }
        String s = switch (r.statusCode()) {
            case «301», «302» -> r.headers().firstValue("Location").orElse("");
            default -> "";
        };
        int[] codes = { ‹200›, ‹404› };
        byte[] data = new byte[‹1024›];
    }
}
