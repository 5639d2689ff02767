// Hamcrest matchers as the second argument of assertThat.
class TrackingEndpointIT {
    @Test
    void answersWithStatuses() {
        assertThat(client.get("/track/1").getStatus(), is(«200»));
        assertThat(rest.postForEntity("/track", body, String.class).getStatusCodeValue(), equalTo(«201»));
        assertThat(shipment.getStatus(), is(‹2›));
        assertThat(events.size(), is(‹404›));
        assertThat(body.length(), equalTo(‹500›));
    }
}
