package social.rapport.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointsTest {
    final Endpoints production = new Endpoints(false);
    final Endpoints local = new Endpoints(true);

    @Test
    void a_public_https_push_service_is_taken() {
        assertThat(production.check("https://push.example.com/wpush/v2/abc")).isNotNull();
        assertThat(production.check("https://203.0.113.9:8443/x")).isNotNull();
    }

    @Test
    void plain_http_other_schemes_and_odd_forms_are_refused() {
        assertThat(production.check("http://push.example.com/x")).isNull();
        assertThat(production.check("ftp://push.example.com/x")).isNull();
        assertThat(production.check("https://user:pw@push.example.com/x")).isNull();
        assertThat(production.check("https://push.example.com/x#frag")).isNull();
        assertThat(production.check("no address")).isNull();
        assertThat(production.check("")).isNull();
        assertThat(production.check(null)).isNull();
        assertThat(production.check("https://push.example.com/" + "a".repeat(Endpoints.MAX_LENGTH)))
                .isNull();
    }

    @Test
    void this_machine_and_private_networks_are_refused() {
        for (String u : new String[] {
            "https://localhost/x",
            "https://127.0.0.1/x",
            "https://[::1]/x",
            "https://10.1.2.3/x",
            "https://192.168.0.4/x",
            "https://172.16.0.1/x",
            "https://169.254.169.254/latest",
            "https://0.0.0.0/x",
            "https://[fd00::1]/x",
            "https://[fe80::1]/x"
        }) {
            assertThat(production.check(u)).as(u).isNull();
        }
    }

    @Test
    void a_local_server_also_sends_to_loopback_and_nothing_else_private() {
        assertThat(local.check("http://127.0.0.1:9000/push")).isNotNull();
        assertThat(local.check("http://localhost:9000/push")).isNotNull();
        assertThat(local.check("https://[::1]:9000/push")).isNotNull();
        assertThat(local.check("http://10.0.0.1/push")).isNull();
        assertThat(local.check("http://push.example.com/push")).isNull();
    }

    @Test
    void only_an_http_loopback_server_counts_as_local() {
        assertThat(Endpoints.localServer("http://localhost:8080")).isTrue();
        assertThat(Endpoints.localServer("http://127.0.0.1:8080")).isTrue();
        assertThat(Endpoints.localServer("https://rapport.example")).isFalse();
        assertThat(Endpoints.localServer("http://rapport.example")).isFalse();
    }

    @Test
    void keys_read_base64url_and_standard_base64_alike() {
        byte[] sample = new byte[] {(byte) 0xfb, (byte) 0xff, 0x01, 0x02};
        assertThat(Keys.unb64("-_8BAg")).isEqualTo(sample);
        assertThat(Keys.unb64("+/8BAg==")).isEqualTo(sample);
        assertThat(Keys.unb64("not base64!")).isNull();
        assertThat(Keys.decode(new byte[65])).isNull();
    }
}
