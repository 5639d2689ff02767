package com.example

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.*
import io.ktor.server.response.*
import io.ktor.server.routing.*
import kotlinx.coroutines.delay

const val PORT = ‹8080›
private val retryDelays = listOf(‹100›L, ‹200›L, ‹400›L)

fun Application.routes() {
    routing {
        get("/users/{id}") {
            val id = call.parameters["id"]?.toIntOrNull()
            if (id == null) {
                call.respond(HttpStatusCode.«BadRequest», "id must be a number, like ‹404›")
                return@get
            }
            val user = repo.find(id) ?: return@get call.respond(HttpStatusCode.«NotFound»)
            call.respond(HttpStatusCode.«OK», user)
        }
        post("/users") {
            delay(‹500›)
            call.respondText("created", status = HttpStatusCode.«Created»)
        }
        get("/teapot") {
            call.respond(HttpStatusCode.fromValue(«418»), "short and stout")
            call.respond(HttpStatusCode(«499», "Client Closed Request"))
        }
        get("/items") {
            val page = call.request.queryParameters["page"]?.toInt() ?: ‹1›
            val items = (1..‹200›).map { it * ‹2› }
            call.respond(items.take(‹50›))
        }
    }
}

@RestController
class OrderController(private val repo: OrderRepository) {
    @GetMapping("/orders/{id}")
    fun get(@PathVariable id: Long): ResponseEntity<Order> =
        repo.findById(id).map { ResponseEntity.ok(it) }
            .orElse(ResponseEntity.status(«404»).build())

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.«CREATED»)
    fun create(@RequestBody o: Order): Order = repo.save(o)

    @DeleteMapping("/orders/{id}")
    fun delete(@PathVariable id: Long, response: HttpServletResponse) {
        if (!repo.existsById(id)) {
            response.sendError(«404», "no order $id with code ‹404›")
            return
        }
        response.status = «204»
    }
}

fun classify(status: Int): String = when (status) {
    «200», «201» -> "ok"
    «404» -> "missing"
    in «500»..«599» -> "server"
    else -> "other"
}

fun sizeLabel(n: Int) = when (n) {
    ‹0› -> "empty"
    ‹404› -> "odd"
    else -> "many"
}
