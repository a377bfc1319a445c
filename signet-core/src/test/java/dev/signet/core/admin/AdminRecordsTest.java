package dev.signet.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared admin records keep the wire names, accept lists as text, and refuse missing fields. */
class AdminRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void appSettingsWhenWrittenThenOnlyTheFieldsGiven() throws Exception {
        String json = JSON.writeValueAsString(new AppSettingsRequest("Billing", null, null, null,
                List.of("api"), true, null));
        assertThat(json).isEqualTo("{\"apiName\":\"Billing\",\"scopes\":[\"api\"],\"jwtAccessTokens\":true}");
    }

    @Test
    void listsWhenGivenAsTextThenSplitOnCommasAndSpaces() throws Exception {
        NewAppRequest app = JSON.readValue("{\"name\":\"A\",\"certificate\":\"PEM\",\"scopes\":\"api, refresh_token\","
                + "\"callbackUrls\":[\"https://a.example/cb\"],\"unknown\":1}", NewAppRequest.class);
        assertThat(app.scopes()).containsExactly("api", "refresh_token");
        assertThat(app.callbackUrls()).containsExactly("https://a.example/cb");
        assertThat(app.profiles()).isEmpty();
    }

    @Test
    void requestWhenRequiredFieldMissingThenRefusedWithItsName() {
        assertThatThrownBy(() -> JSON.readValue("{\"email\":\"a@b.c\"}", NewUserRequest.class))
                .isInstanceOf(ValueInstantiationException.class)
                .cause().hasMessage("username is required");
        assertThatThrownBy(() -> new CertificateRequest(null, "not base64!"))
                .hasMessage("certificateDer is not Base64");
        assertThatThrownBy(() -> new NewAppRequest("A", null, null, null, false, null, null, null, false, false,
                false, null, null, null, null, null)).hasMessageContaining("a certificate is required");
    }

    @Test
    void objectFieldWhenNotRequiredThenRequiredLeftOut() throws Exception {
        String json = JSON.writeValueAsString(new NewObjectRequest.Field("Amount__c", null, "currency", null, false));
        assertThat(json).isEqualTo("{\"name\":\"Amount__c\",\"type\":\"currency\"}");
    }

    @Test
    void certificateWhenFromFileThenDerBytesBack() {
        byte[] der = {1, 2, 3};
        assertThat(CertificateRequest.ofFile(der).bytes()).containsExactly(der);
    }
}
