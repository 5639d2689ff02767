// Lombok builders and record states next to real response statuses.
class InvoiceFixtures {
    Invoice draft() {
        return Invoice.builder().id(7L).status(‹0›).total(‹250›).build();
    }

    Invoice settled() {
        return Invoice.builder().status(‹2›).currency("EUR").build();
    }

    ResponseEntity<Invoice> fetch(long id) {
        return ResponseEntity.status(«404»).build();
    }

    Response legacy() {
        return Response.status(«202»).entity("queued").build();
    }

    void checks(ShipmentResult shipment, MvcResult mvc) {
        assertEquals(‹3›, shipment.getStatusCode());
        assertEquals(‹20›, shipment.getStatus());
        assertEquals(«409», mvc.getResponse().getStatus());
        mockServer.when(request("/x")).respond(response().withStatusCode(«503»));
    }
}
