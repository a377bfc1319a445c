package dev.signet.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway in front of the real server that first answers the queued faults (an HTTP status, or
 * {@link #DROP} to close the connection without answering) and then forwards requests unchanged,
 * the way a flaky load balancer would.
 */
final class FaultInjectingProxy implements AutoCloseable {
    static final int DROP = -1;

    private final HttpServer http;
    private final String target;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Deque<Integer> faults = new ConcurrentLinkedDeque<>();
    private final AtomicInteger requests = new AtomicInteger();

    private FaultInjectingProxy(String target) throws IOException {
        this.target = target;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    static FaultInjectingProxy in(String target) {
        try {
            return new FaultInjectingProxy(target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    FaultInjectingProxy fail(Integer... statuses) {
        faults.addAll(Arrays.asList(statuses));
        return this;
    }

    /** Forgets queued faults and the request count, for the next test. */
    void reset() {
        faults.clear();
        requests.set(0);
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Integer fault = faults.poll();
        if (fault != null && fault == DROP) {
            exchange.close();
            return;
        }
        if (fault != null) {
            respond(exchange, fault, "text/html", ("<html><body>" + fault + " from the gateway</body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null) {
            forward.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            respond(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse("text/plain"),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
