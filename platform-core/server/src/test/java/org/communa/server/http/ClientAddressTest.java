package org.communa.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> PROXIES = List.of("10.0.0.2", "10.0.0.3");

    @Test
    void withoutATrustedProxyTheConnectionsAddressCountsWhateverTheHeaderSays() {
        assertThat(ClientAddress.of("203.0.113.9", "198.51.100.1", PROXIES)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("203.0.113.9", null, List.of())).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertThat(ClientAddress.of("10.0.0.2", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
        // a client that writes its own X-Forwarded-For cannot choose the address it is counted under
        assertThat(ClientAddress.of("10.0.0.2", "1.2.3.4, 198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.2", "198.51.100.1, 10.0.0.3", PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.2", " , ", PROXIES)).isEqualTo("10.0.0.2");
    }
}
