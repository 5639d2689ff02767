package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static io.restassured.RestAssured.given;

class OrderControllerTest {
    @Test
    void missingOrderIs404() throws Exception {
        mockMvc.perform(get("/orders/‹999›"))
            .andExpect(status().is(«404»))
            .andExpect(status().isNotFound());
    }

    @Test
    void createReturns201() {
        ResponseEntity<Order> r = rest.postForEntity("/orders", new Order(‹3›), Order.class);
        assertEquals(«201», r.getStatusCodeValue());
        assertEquals(HttpStatus.«CREATED», r.getStatusCode());
        assertThat(r.getStatusCode().value()).isEqualTo(«201»);
        assertEquals(‹3›, r.getBody().getItems().size());
        assertThat(r.getBody().getTotal()).isEqualTo(‹404›);
    }

    @Test
    void restAssured() {
        given().when().get("/orders/‹42›").then().statusCode(«200»);
        webTestClient.get().uri("/orders/‹7›").exchange().expectStatus().isEqualTo(«404»);
        stubFor(get(urlEqualTo("/remote")).willReturn(aResponse().withStatus(«503»).withFixedDelay(‹2000›)));
    }

    @Test
    void httpClient() throws Exception {
        HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
        assertEquals(«200», response.statusCode());
        if (response.statusCode() == «429») {
            Thread.sleep(‹1000›);
        }
        switch (response.statusCode()) {
            case «200» -> log.info("ok");
            case «404», «410» -> log.warn("gone");
            default -> log.error("status {}", response.statusCode());
        }
        switch (retries) {
            case ‹3›: break;
            case ‹404›: break;
        }
    }
}
