package id.pantauspbe.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "open http://…" address of the start-up line. */
class ReadyMessageTest {

    @Test
    void wildcardAndLoopbackAddressesAreShownAsLocalhost() {
        assertThat(ReadyMessage.url(null, 8080, "", false)).isEqualTo("http://localhost:8080");
        assertThat(ReadyMessage.url("0.0.0.0", 8080, null, false)).isEqualTo("http://localhost:8080");
        assertThat(ReadyMessage.url("127.0.0.1", 18080, "/", false)).isEqualTo("http://localhost:18080");
        assertThat(ReadyMessage.url("::", 8080, "", false)).isEqualTo("http://localhost:8080");
    }

    @Test
    void aConfiguredAddressPortAndContextPathAreKept() {
        assertThat(ReadyMessage.url("192.168.10.5", 8080, "/pantau", false))
                .isEqualTo("http://192.168.10.5:8080/pantau");
        assertThat(ReadyMessage.url("fd00::5", 8443, "", true)).isEqualTo("https://[fd00::5]:8443");
        assertThat(ReadyMessage.url("10.0.0.1", 443, "", true)).isEqualTo("https://10.0.0.1");
    }
}
