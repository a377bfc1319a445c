package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class JdkHttpTransportTest {
    @Test
    void requestTokenWhenNothingListensThenTransportErrorSaysConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        JwtBearerClient client = JwtBearerClient.builder()
                .loginUrl("http://127.0.0.1:" + port)
                .clientId("key")
                .username("u@acme.com")
                .privateKey(TestKeyPairs.RSA_2048.getPrivate())
                .transport(new JdkHttpTransport())
                .build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> {
                    assertThat(e.error()).isEqualTo(JwtBearerException.TRANSPORT_ERROR);
                    assertThat(e.getMessage()).isEqualTo("transport_error: cannot reach http://127.0.0.1:" + port
                            + "/services/oauth2/token: Connection refused");
                    assertThat(e.hint()).contains("http://127.0.0.1:" + port);
                });
    }
}
