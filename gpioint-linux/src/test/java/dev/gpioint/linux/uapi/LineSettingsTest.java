package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Flag encoding and the kernel's validation rules. */
class LineSettingsTest {
    @Test
    void edgesEncodeAsInputPlusEdgeBits() {
        assertThat(LineSettings.edges(Edge.RISING).flags()).isEqualTo(FLAG_INPUT | FLAG_EDGE_RISING);
        assertThat(LineSettings.edges(Edge.FALLING).flags()).isEqualTo(FLAG_INPUT | FLAG_EDGE_FALLING);
        assertThat(LineSettings.edges(Edge.BOTH).flags()).isEqualTo(FLAG_INPUT | FLAG_EDGE_RISING | FLAG_EDGE_FALLING);
        assertThat(LineSettings.edges(Edge.BOTH).withBias(Bias.PULL_UP).withActiveLow(true).withClock(EventClock.REALTIME).flags())
                .isEqualTo(0b1001_0011_0110L);
        assertThat(LineSettings.output().withDrive(Drive.OPEN_DRAIN).flags()).isEqualTo(FLAG_OUTPUT | FLAG_OPEN_DRAIN);
    }

    @Test
    void theKernelsRefusalsAreRefusedFirst() {
        assertThatThrownBy(() -> LineSettings.output().withEdge(Edge.BOTH).validate()).hasMessageContaining("edge detection needs an input");
        assertThatThrownBy(() -> LineSettings.input().withDrive(Drive.OPEN_SOURCE).validate()).hasMessageContaining("needs an output");
        assertThatThrownBy(() -> LineSettings.input().withDirection(Direction.AS_IS).withBias(Bias.PULL_UP).validate())
                .hasMessageContaining("bias needs a direction");
        assertThatThrownBy(() -> LineSettings.output().withDebounce(Duration.ofMillis(1)).validate()).hasMessageContaining("debounce");
    }

    @Property
    void flagsRoundTrip(@ForAll Direction direction, @ForAll Edge edge, @ForAll Bias bias, @ForAll Drive drive,
                        @ForAll boolean activeLow, @ForAll EventClock clock) {
        var settings = new LineSettings(direction, edge, bias, drive, activeLow, Duration.ofNanos(123_000), clock);
        assertThat(LineSettings.fromFlags(settings.flags(), 123)).isEqualTo(settings);
    }
}
