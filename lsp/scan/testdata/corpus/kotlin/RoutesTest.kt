package com.example

import io.kotest.matchers.shouldBe
import io.ktor.client.request.*
import io.ktor.http.*
import kotlin.test.Test
import kotlin.test.assertEquals

class RoutesTest {
    @Test
    fun `unknown user returns 404`() = testApplication {
        val response = client.get("/users/‹999›")
        assertEquals(HttpStatusCode.«NotFound», response.status)
        assertEquals(«404», response.status.value)
        response.status.value shouldBe «404»
        response.status shouldBe HttpStatusCode.«NotFound»
    }

    @Test
    fun `bad id returns 400`() = testApplication {
        val response = client.get("/users/abc")
        if (response.status.value >= «400») {
            println("client error ${response.status.value}")
        }
        assertEquals(‹1›, response.headers.getAll("X-Trace")?.size)
        response.bodyAsText().length shouldBe ‹404›
    }

    @Test
    fun mockMvc() {
        mockMvc.get("/orders/‹12›").andExpect { status { isNotFound() } }
        mockMvc.perform(get("/orders/‹12›")).andExpect(status().`is`(«404»))
        val entity = restTemplate.getForEntity("/orders/1", String::class.java)
        assertEquals(«200», entity.statusCode.value())
        assertThat(entity.statusCodeValue).isEqualTo(«200»)
        Thread.sleep(‹250›)
    }
}
