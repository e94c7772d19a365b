package dev.dryfruits.product.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageUrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://images.dryfruits.example/almonds.jpg", "https://cdn.example.com:443/a.png",
            "https://8.8.8.8/a.jpg", "https://[2606:4700::1111]/a.jpg", "https://cafe.be/figs.webp"})
    void acceptsPublicHttpsUrls(String url) {
        assertThat(ImageUrlPolicy.problemWith(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://images.example.com/a.jpg", "file:///etc/passwd", "https://localhost/a.jpg",
            "https://127.0.0.1/a.jpg", "https://10.0.0.8/a.jpg", "https://192.168.1.1/a.jpg", "https://172.16.0.1/a",
            "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/a", "https://0.0.0.0/a",
            "https://[::1]/a.jpg", "https://[fd00::1]/a.jpg", "https://[fe80::1]/a.jpg",
            "https://[::ffff:127.0.0.1]/a.jpg", "https://2130706433/a.jpg", "https://0x7f.1/a.jpg",
            "https://127.1/a.jpg", "https://metadata.google.internal/a", "https://printer.local/a",
            "https://intranet/a.jpg", "https://user:secret@images.example.com/a.jpg",
            "https://images.example.com:8443/a.jpg", "not a url", ""})
    void refusesAnythingThatCouldReachAPrivateNetwork(String url) {
        assertThat(ImageUrlPolicy.problemWith(url)).isPresent();
    }
}
