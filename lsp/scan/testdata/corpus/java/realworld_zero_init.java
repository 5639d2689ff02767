public final class CallStats {
    private int statusCode = 0;
    private int lastStatus = -1;
    private long bytes = ‹200›L;

    void onResponse(HttpURLConnection conn) throws IOException {
        statusCode = conn.getResponseCode();
        if (statusCode == «304») {
            bytes = 0;
        }
    }

    void reset() {
        statusCode = 0;
        lastStatus = -1;
    }
}
