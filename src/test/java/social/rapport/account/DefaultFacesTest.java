package social.rapport.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generated avatars' colours and initials, and the addresses they are asked for by. */
class DefaultFacesTest {
    private static double luminance(int rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = ((rgb >> (16 - 8 * i)) & 0xFF) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void white_initials_are_readable_on_every_colour() {
        for (int rgb : DefaultFaces.PALETTE) {
            double contrast = (1.0 + 0.05) / (luminance(rgb) + 0.05);
            assertThat(contrast).as(Integer.toHexString(rgb)).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void initials_come_from_the_first_and_last_words() {
        assertThat(DefaultFaces.initials("Ana Maria Lopez")).isEqualTo("AL");
        assertThat(DefaultFaces.initials("ben")).isEqualTo("B");
        assertThat(DefaultFaces.initials("  élodie  durand ")).isEqualTo("ÉD");
        assertThat(DefaultFaces.initials("🙂 ")).isEmpty();
        assertThat(DefaultFaces.colour("Ana")).isEqualTo(DefaultFaces.colour("ana"));
    }

    @Test
    void only_addresses_that_an_account_could_have_are_read() {
        assertThat(DefaultFaces.parse("3-414c")).isEqualTo(new DefaultFaces.Face(3, "AL"));
        assertThat(DefaultFaces.parse("03-41")).isNull();
        assertThat(DefaultFaces.parse("12-41")).isNull();
        assertThat(DefaultFaces.parse("3-61")).isNull(); // lower case is never made
        assertThat(DefaultFaces.parse("3-414243")).isNull(); // three letters
        assertThat(DefaultFaces.parse("3-3c")).isNull(); // "<"
        assertThat(DefaultFaces.parse("3-ff")).isNull(); // not UTF-8
    }

    @Test
    void a_signature_holds_for_its_file_until_it_expires() {
        long now = 1_800_000_000_000L;
        long e = ProfileImages.expiry(now);
        assertThat(e).isGreaterThan(now + ProfileImages.DAY).isLessThanOrEqualTo(now + 2 * ProfileImages.DAY);
        String sig = ProfileImages.signature("secret", "f.png", e);
        assertThat(ProfileImages.valid("secret", "f.png", Long.toString(e), sig, now))
                .isTrue();
        assertThat(ProfileImages.valid("secret", "g.png", Long.toString(e), sig, now))
                .isFalse();
        assertThat(ProfileImages.valid("other", "f.png", Long.toString(e), sig, now))
                .isFalse();
        assertThat(ProfileImages.valid("secret", "f.png", Long.toString(e), sig, e))
                .isFalse();
        assertThat(ProfileImages.valid("secret", "f.png", Long.toString(e + 1), sig, now))
                .isFalse();
        assertThat(ProfileImages.valid("secret", "f.png", "x", sig, now)).isFalse();
    }
}
