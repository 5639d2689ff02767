@RestControllerAdvice
public class ApiErrors {
    private ResponseEntity<Map<String, Object>> body(String message, int status) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }

    private static int httpStatusOf(Throwable t) {
        if (t instanceof IllegalArgumentException) {
            return «400»;
        }
        return «500»;
    }

    private int retryDelayMillis() {
        return ‹250›;
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<Map<String, Object>> locked(LockedException ex) {
        return body(ex.getMessage(), «423»);
    }

    ResponseEntity<Map<String, Object>> slow() {
        return limit(body("slow down", «429»), ‹300›);
    }
}
