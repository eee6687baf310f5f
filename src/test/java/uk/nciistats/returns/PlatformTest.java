package uk.nciistats.returns;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformTest {

    @Test
    void aSetOfPlatformsSurvivesTheRoundTripThroughItsBits() {
        for (int bits = 0; bits < 64; bits++) {
            assertThat(Platform.bits(Platform.fromBits(bits))).isEqualTo(bits);
        }
        assertThat(Platform.fromBits(Platform.bits(EnumSet.of(Platform.FACEBOOK, Platform.OTHER))))
                .containsExactly(Platform.FACEBOOK, Platform.OTHER);
    }
}
