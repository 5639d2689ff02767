package com.example.orders;

import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/orders")
public class OrderController {
    private static final int MAX_ITEMS = ‹500›;
    private static final int PORT = ‹8080›;
    private static final Duration TIMEOUT = Duration.ofMillis(‹404›);

    /** Returns 404 if the order does not exist. */
    @GetMapping("/{id}")
    public ResponseEntity<Order> get(@PathVariable long id) {
        return repo.findById(id)
            .map(ResponseEntity::ok)
            .orElse(ResponseEntity.status(HttpStatus.«NOT_FOUND»).build());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.«CREATED»)
    public Order create(@RequestBody Order order) {
        if (order.getItems().size() > MAX_ITEMS) {
            throw new ResponseStatusException(HttpStatus.«PAYLOAD_TOO_LARGE», "too many items");
        }
        return repo.save(order);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        if (!repo.existsById(id)) {
            return ResponseEntity.status(«404»).build();
        }
        repo.deleteById(id);
        return new ResponseEntity<>(HttpStatus.«NO_CONTENT»);
    }

    @GetMapping("/legacy")
    @ResponseStatus(code = HttpStatus.«MOVED_PERMANENTLY»)
    public void legacy(HttpServletResponse response) {
        response.setHeader("Location", "/orders");
    }

    @ExceptionHandler(IllegalStateException.class)
    public ResponseEntity<String> conflict(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.valueOf(«409»)).body(e.getMessage());
    }

    @GetMapping("/page")
    public List<Order> page(@RequestParam(defaultValue = "‹0›") int page) {
        int size = Math.min(‹200›, MAX_ITEMS);
        return repo.findAll(PageRequest.of(page, size)).getContent().subList(0, ‹100›);
    }
}

class LegacyServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getParameter("id") == null) {
            resp.sendError(«400», "id missing");
            return;
        }
        if (!allowed(req)) {
            resp.sendError(HttpServletResponse.«SC_FORBIDDEN»);
            return;
        }
        resp.setStatus(«200»);
        resp.setStatus(HttpServletResponse.«SC_OK»);
        resp.setBufferSize(‹8192›);
        Thread.sleep(‹500›);
    }
}

class Fetcher {
    String fetch(String u) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(u).openConnection();
        conn.setConnectTimeout(‹5000›);
        int code = conn.getResponseCode();
        if (conn.getResponseCode() == HttpURLConnection.«HTTP_NOT_FOUND») {
            return null;
        }
        if (code >= «500») {
            throw new IOException("server " + code + " ‹503›");
        }
        if (conn.getResponseCode() != «200») {
            throw new IOException("unexpected");
        }
        byte[] buf = new byte[‹4096›];
        return read(conn, buf);
    }
}
