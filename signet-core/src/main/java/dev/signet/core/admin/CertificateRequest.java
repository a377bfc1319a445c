package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /apps/{key}/certificates}: a certificate as PEM text ({@code certificate}) or as
 * Base64 DER bytes ({@code certificateDer}, what the CLI sends: it reads either file format).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateRequest(String certificate, String certificateDer) {
    public CertificateRequest {
        if (certificate == null && certificateDer == null) {
            throw new IllegalArgumentException("a certificate is required (PEM or DER, e.g. server.crt)");
        }
        if (certificateDer != null) {
            bytes(certificateDer);
        }
    }

    /** The file's bytes, sent as DER in Base64. */
    public static CertificateRequest ofFile(byte[] file) {
        return new CertificateRequest(null, Base64.getEncoder().encodeToString(file));
    }

    /** The certificate's bytes: DER, or the PEM text's ASCII. */
    @JsonIgnore
    public byte[] bytes() {
        return certificateDer != null ? bytes(certificateDer) : certificate.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("certificateDer is not Base64");
        }
    }
}
