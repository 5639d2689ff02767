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

// an app's own wrapper shares the Swagger annotation's name
data class ApiResponse<T>(val code: Int, val msg: String, val data: T? = null)
fun okReply() = ApiResponse(code = ‹0›, msg = "ok", data = listOf(‹404›))
