package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The test certificate: self-signed for CN=localhost with the names localhost and 127.0.0.1, valid from 2020 to
 * 2119. {@code tls/localhost-keystore.p12} holds its key (for the simulator), {@code tls/localhost-truststore.p12}
 * only the certificate (for the component, as a private CA's would be). Both are PKCS12 with the password
 * {@code changeit}: trivial on purpose, they guard nothing but these tests.
 */
final class TestCertificates {

    static final String TRUST_STORE = "tls/localhost-truststore.p12";
    static final String PASSWORD = "changeit";

    private TestCertificates() {}

    /** For the simulator: presents the certificate. */
    static SSLContext server() {
        try (InputStream in =
                TestCertificates.class.getClassLoader().getResourceAsStream("tls/localhost-keystore.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For the component: Camel's SSL parameters trusting the certificate, and nothing else. */
    static SSLContextParameters trusted() {
        return trusting(TRUST_STORE, PASSWORD);
    }

    static SSLContextParameters trusting(String classpathTrustStore, String password) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:" + classpathTrustStore);
        store.setType("PKCS12");
        store.setPassword(password);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }
}
