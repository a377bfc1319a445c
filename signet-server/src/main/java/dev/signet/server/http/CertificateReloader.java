package dev.signet.server.http;

import dev.signet.server.config.HttpConfig.TlsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves new HTTPS certificate files without a restart (short-lived certificates): every
 * {@value #CHECK_SECONDS} s it looks at the files' modification times and sizes, and when they
 * changed and the new key is the new certificate's, new connections get them; connections open
 * already keep theirs. Files caught half-written are tried again at the next look. Runs while
 * the connector does.
 */
final class CertificateReloader extends AbstractLifeCycle {
    static final long CHECK_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(CertificateReloader.class);

    private final SslContextFactory.Server ssl;
    private final TlsConfig tls;
    private final Supplier<KeyStore> load;
    private ScheduledExecutorService timer;
    private List<String> seen;

    CertificateReloader(SslContextFactory.Server ssl, TlsConfig tls, Supplier<KeyStore> load) {
        this.ssl = ssl;
        this.tls = tls;
        this.load = load;
    }

    @Override
    protected void doStart() {
        seen = stamps();
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tls-certificate-reloader");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    protected void doStop() {
        timer.shutdownNow();
    }

    private void check() {
        List<String> now = stamps();
        if (now.equals(seen)) {
            return;
        }
        try {
            KeyStore store = load.get();
            ssl.reload(factory -> factory.setKeyStore(store));
            seen = now;
            LOG.info("HTTPS certificate reloaded from {}", tls.certFile());
        } catch (Exception e) {
            // The message names the file and what is wrong with it, never a key or a password.
            LOG.warn("HTTPS certificate files changed but cannot be used yet, keeping the current ones: {}",
                    e.getMessage());
        }
    }

    private List<String> stamps() {
        List<String> stamps = new ArrayList<>();
        for (Path file : tls.keyFile() == null ? List.of(tls.certFile()) : List.of(tls.certFile(), tls.keyFile())) {
            try {
                stamps.add(Files.getLastModifiedTime(file) + "/" + Files.size(file));
            } catch (IOException e) {
                stamps.add("missing"); // being replaced: looked at again next time
            }
        }
        return stamps;
    }
}
