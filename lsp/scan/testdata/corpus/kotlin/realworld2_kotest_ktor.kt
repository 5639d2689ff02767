// kotest's ktor matchers, infix and call forms, next to domain numbers.
class CatalogRoutesSpec : StringSpec({
    "lists items" {
        val response = client.get("/items?limit=50")
        response shouldHaveStatus «200»
        response.shouldHaveStatus(HttpStatusCode.«Accepted»)
        response.bodyAsText().length shouldBe ‹404›
        item.stock shouldBe ‹12›
        delay(‹250›)
    }
})
