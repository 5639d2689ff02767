class ShipmentApiTest {
    @Test
    void createsShipment() {
        given().body(sample()).post("/shipments")
            .then().statusCode(equalTo(«201»))
            .body("items.size()", equalTo(‹100›));
    }

    @Test
    void retrofitSurfacesErrors() throws IOException {
        Response<Shipment> failed = Response.error(«409», ResponseBody.create(null, "dup"));
        assertFalse(failed.isSuccessful());
        server.enqueue(new MockResponse().setResponseCode(«503»).setBodyDelay(‹500›, TimeUnit.MILLISECONDS));
    }

    ResponseEntity<String> legacy(HttpHeaders headers) {
        List<Integer> widths = new ArrayList<>(‹128›);
        return new ResponseEntity<>("moved", headers, «301»);
    }
}
