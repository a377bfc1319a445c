package dev.signet.client;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The real {@link JdkHttpTransport}, counting what goes through it: a spy, not a double. */
final class CountingTransport implements TokenTransport, ApiTransport {
    private final JdkHttpTransport real = new JdkHttpTransport();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger apiRequests = new AtomicInteger();

    @Override
    public HttpResult post(URI uri, Map<String, String> form) throws IOException {
        tokenRequests.incrementAndGet();
        return real.post(uri, form);
    }

    @Override
    public HttpResult send(String method, URI uri, Map<String, String> headers, String body) throws IOException {
        apiRequests.incrementAndGet();
        return real.send(method, uri, headers, body);
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    int apiRequests() {
        return apiRequests.get();
    }
}
