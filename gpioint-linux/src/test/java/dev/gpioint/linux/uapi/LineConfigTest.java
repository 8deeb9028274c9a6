package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** struct gpio_v2_line_config as LineConfig writes it. */
class LineConfigTest {
    private static long attr(MemorySegment c, int i, String field) {
        long base = offset(LINE_CONFIG, "attrs") + i * LINE_CONFIG_ATTRIBUTE.byteSize();
        return switch (field) {
            case "id" -> c.get(JAVA_INT, base);
            case "value" -> c.get(JAVA_LONG, base + 8);
            default -> c.get(JAVA_LONG, base + 16);
        };
    }

    @Test
    void oneSettingForAllLinesNeedsNoAttributes() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = arena.allocate(LINE_CONFIG);
            c.fill((byte) 0x55); // encode must clear the padding the kernel checks
            LineConfig.of(LineSettings.edges(Edge.BOTH), 2, 3).encode(c);
            assertThat(c.get(JAVA_LONG, 0)).isEqualTo(FLAG_INPUT | FLAG_EDGE_RISING | FLAG_EDGE_FALLING);
            assertThat(c.get(JAVA_INT, 8)).isZero();
            for (int p = 12; p < 32; p += 4) {
                assertThat(c.get(JAVA_INT, p)).isZero();
            }
        }
    }

    @Test
    void perLineFlagsDebounceAndOutputValuesBecomeMaskedAttributes() {
        var lines = new LinkedHashMap<Integer, LineSettings>();
        lines.put(4, LineSettings.edges(Edge.RISING).withDebounce(Duration.ofNanos(1000L * (10))));
        lines.put(1, LineSettings.edges(Edge.FALLING).withDebounce(Duration.ofNanos(1000L * (10))));
        lines.put(7, LineSettings.output());
        lines.put(0, LineSettings.output());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = arena.allocate(LINE_CONFIG);
            new LineConfig(lines, Map.of(7, true, 0, false)).encode(c);
            assertThat(c.get(JAVA_LONG, 0)).isEqualTo(FLAG_INPUT | FLAG_EDGE_RISING);
            assertThat(c.get(JAVA_INT, 8)).isEqualTo(4);
            assertThat(attr(c, 0, "id")).isEqualTo(ATTR_ID_FLAGS);
            assertThat(attr(c, 0, "value")).isEqualTo(FLAG_INPUT | FLAG_EDGE_FALLING);
            assertThat(attr(c, 0, "mask")).isEqualTo(0b0010);
            assertThat(attr(c, 1, "value")).isEqualTo(FLAG_OUTPUT);
            assertThat(attr(c, 1, "mask")).isEqualTo(0b1100);
            assertThat(attr(c, 2, "id")).isEqualTo(ATTR_ID_DEBOUNCE);
            assertThat(attr(c, 2, "value")).isEqualTo(10);
            assertThat(attr(c, 2, "mask")).isEqualTo(0b0011);
            assertThat(attr(c, 3, "id")).isEqualTo(ATTR_ID_OUTPUT_VALUES);
            assertThat(attr(c, 3, "value")).isEqualTo(0b0100);
            assertThat(attr(c, 3, "mask")).isEqualTo(0b1100);
        }
    }

    @Test
    void tooManyDistinctSettingsAreRefusedWithAHint() {
        var lines = new LinkedHashMap<Integer, LineSettings>();
        for (int i = 0; i < 12; i++) {
            lines.put(i, LineSettings.input().withDebounce(Duration.ofNanos(1000L * (i + 1))));
        }
        try (Arena arena = Arena.ofConfined()) {
            assertThatThrownBy(() -> new LineConfig(lines, Map.of()).encode(arena.allocate(LINE_CONFIG)))
                    .hasMessageContaining("split the request");
        }
    }

    @Test
    void aLineTwiceIsRefused() {
        assertThatThrownBy(() -> LineConfig.of(LineSettings.input(), 3, 3)).hasMessageContaining("line 3 is listed twice");
    }

    @Test
    void eventsAreParsedFromTheirOffsetsWithUnsignedSequenceNumbers() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment events = arena.allocate(LINE_EVENT, 2);
            events.set(JAVA_LONG, 48, 123_456_789L);
            events.set(JAVA_INT, 56, LINE_EVENT_FALLING_EDGE);
            events.set(JAVA_INT, 60, 3);
            events.set(JAVA_INT, 64, -1);
            events.set(JAVA_INT, 68, 7);
            var buffer = new EdgeEventBuffer(events, 2);
            assertThat(buffer.event(1)).isEqualTo(new EdgeEvent(123_456_789L, false, 3, 0xFFFF_FFFFL, 7));
            assertThatThrownBy(() -> buffer.event(2)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }
}
