package dev.signet.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseReaderTest {
    private static HttpResponseReader reader(String wire) {
        return new HttpResponseReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void readWhenContentLengthThenBodyAndKeepAlive() throws Exception {
        HttpResponseReader reader = reader("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 404 \r\n"
                + "content-length: 2\r\n\r\nno");
        HttpResponseView view = new HttpResponseView();

        reader.read(view);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.bodyText()).isEqualTo("hello");
        assertThat(view.closeRequested()).isFalse();
        reader.read(view);
        assertThat(view.status()).isEqualTo(404);
        assertThat(view.bodyText()).isEqualTo("no");
    }

    @Test
    void readWhenChunkedThenChunksJoined() throws Exception {
        HttpResponseView view = new HttpResponseView();

        reader("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3;x=y\r\n:1}\r\n0\r\n\r\n").read(view);

        assertThat(view.bodyText()).isEqualTo("{\"a\":1}");
        assertThat(view.bodyContains("\"a\":1".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(view.bodyContains("\"b\"".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void readWhenConnectionCloseOrNoLengthThenCloseRequested() throws Exception {
        HttpResponseView view = new HttpResponseView();

        reader("HTTP/1.1 200 \r\nconnection: close\r\ncontent-length: 2\r\n\r\nok").read(view);
        assertThat(view.closeRequested()).isTrue();
        reader("HTTP/1.1 200 OK\r\n\r\nuntil the end").read(view);
        assertThat(view.bodyText()).isEqualTo("until the end");
        assertThat(view.closeRequested()).isTrue();
    }

    @Test
    void readWhenStreamEndsEarlyThenEof() {
        HttpResponseView view = new HttpResponseView();

        assertThatThrownBy(() -> reader("").read(view)).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> reader("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort").read(view))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void readWhenLargeBodyThenBufferGrows() throws Exception {
        String body = "x".repeat(100_000);
        HttpResponseView view = new HttpResponseView();

        reader("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + body).read(view);

        assertThat(view.bodyLength()).isEqualTo(100_000);
    }
}
