package org.communa.federation.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void privateLoopbackAndLinkLocalAddressesAreNotPublic(String address) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "2606:4700::6810:84e5", "8.8.8.8", "::ffff:8.8.8.8"})
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/inbox", "http://localhost/actor", "https://169.254.169.254/latest/meta-data",
            "http://[::1]/x", "http://10.0.0.5/x"})
    void refusesToContactTheServersOwnNetwork(String uri) {
        assertThatThrownBy(() -> new AddressGuard(false).check(URI.create(uri))).isInstanceOf(RefusedAddress.class)
                .hasMessageContaining("COMMUNA_FEDERATION_ALLOW_PRIVATE_ADDRESSES")
                // what the name resolves to is not told: that would make the server a probe of its own network
                .hasMessageNotContaining("resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "gopher://example.org/", "http://user:secret@example.org/", "ftp://example.org/"})
    void refusesOtherSchemesAndCredentials(String uri) {
        assertThatThrownBy(() -> new AddressGuard(true).check(URI.create(uri))).isInstanceOf(RefusedAddress.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/inbox", "http://127.0.0.2/actor"})
    void allowsLoopbackWhenTheInstanceSaysSo(String uri) {
        assertThatCode(() -> new AddressGuard(true).check(URI.create(uri))).doesNotThrowAnyException();
    }
}
