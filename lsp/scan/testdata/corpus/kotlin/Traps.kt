package com.example

import java.net.HttpURLConnection

data class Page(val size: Int = ‹50›, val total: Long = ‹404›L)

class Poller(private val client: HttpClient) {
    private val timeoutMs = ‹404›
    private val backoff = listOf(‹1›, ‹2›, ‹4›)

    suspend fun poll(url: String): String? {
        repeat(‹5›) { attempt ->
            val conn = URL(url).openConnection() as HttpURLConnection
            conn.connectTimeout = ‹3000›
            when (conn.responseCode) {
                HttpURLConnection.«HTTP_OK» -> return conn.inputStream.bufferedReader().readText()
                «202», «204» -> delay(‹1000›L * attempt)
                «404» -> return null
                else -> error("unexpected ${conn.responseCode} (not ‹500›)")
            }
            if (conn.responseCode >= «500») {
                delay(backoff[attempt % ‹3›] * ‹100›L)
            }
        }
        return null
    }

    fun colorOf(level: Int) = when {
        level > ‹400› -> "red"
        else -> "green"
    }

    fun ktorClient() = runBlocking {
        val response: HttpResponse = client.get("https://example.com/x")
        check(response.status == HttpStatusCode.«OK») { "bad status" }
        if (response.status.value == «429») delay(‹404›)
        val body = """
            {"status": 404, "items": [1, 2]}
        """.trimIndent()
    }
}

val matrix = arrayOf(intArrayOf(‹200›, ‹404›), intArrayOf(‹500›, ‹1›))
val version = "‹404›.0.1"
