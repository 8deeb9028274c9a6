package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Struct sizes, field offsets and ioctl numbers against the values gcc computed from bookworm's linux/gpio.h. */
class UapiLayoutTest {
    @Test
    void structSizesMatchTheCompiler() {
        assertThat(CHIP_INFO.byteSize()).isEqualTo(68);
        assertThat(LINE_VALUES.byteSize()).isEqualTo(16);
        assertThat(LINE_ATTRIBUTE.byteSize()).isEqualTo(16);
        assertThat(LINE_CONFIG_ATTRIBUTE.byteSize()).isEqualTo(24);
        assertThat(LINE_CONFIG.byteSize()).isEqualTo(272);
        assertThat(LINE_REQUEST.byteSize()).isEqualTo(592);
        assertThat(LINE_INFO.byteSize()).isEqualTo(256);
        assertThat(LINE_INFO_CHANGED.byteSize()).isEqualTo(288);
        assertThat(LINE_EVENT.byteSize()).isEqualTo(48);
    }

    @Test
    void v2StructsAreEightByteAligned() {
        for (var layout : new java.lang.foreign.MemoryLayout[] {LINE_VALUES, LINE_ATTRIBUTE, LINE_CONFIG_ATTRIBUTE, LINE_CONFIG,
                LINE_REQUEST, LINE_INFO, LINE_INFO_CHANGED, LINE_EVENT}) {
            assertThat(layout.byteAlignment()).as(layout.name().orElseThrow()).isEqualTo(8);
        }
        assertThat(CHIP_INFO.byteAlignment()).isEqualTo(4);
    }

    @Test
    void fieldOffsetsMatchTheCompiler() {
        assertThat(offset(CHIP_INFO, "label")).isEqualTo(32);
        assertThat(offset(CHIP_INFO, "lines")).isEqualTo(64);
        assertThat(offset(LINE_ATTRIBUTE, "value")).isEqualTo(8);
        assertThat(offset(LINE_CONFIG_ATTRIBUTE, "mask")).isEqualTo(16);
        assertThat(offset(LINE_CONFIG, "num_attrs")).isEqualTo(8);
        assertThat(offset(LINE_CONFIG, "padding")).isEqualTo(12);
        assertThat(offset(LINE_CONFIG, "attrs")).isEqualTo(32);
        assertThat(offset(LINE_REQUEST, "consumer")).isEqualTo(256);
        assertThat(offset(LINE_REQUEST, "config")).isEqualTo(288);
        assertThat(offset(LINE_REQUEST, "num_lines")).isEqualTo(560);
        assertThat(offset(LINE_REQUEST, "event_buffer_size")).isEqualTo(564);
        assertThat(offset(LINE_REQUEST, "padding")).isEqualTo(568);
        assertThat(offset(LINE_REQUEST, "fd")).isEqualTo(588);
        assertThat(offset(LINE_INFO, "consumer")).isEqualTo(32);
        assertThat(offset(LINE_INFO, "offset")).isEqualTo(64);
        assertThat(offset(LINE_INFO, "num_attrs")).isEqualTo(68);
        assertThat(offset(LINE_INFO, "flags")).isEqualTo(72);
        assertThat(offset(LINE_INFO, "attrs")).isEqualTo(80);
        assertThat(offset(LINE_INFO, "padding")).isEqualTo(240);
        assertThat(offset(LINE_INFO_CHANGED, "timestamp_ns")).isEqualTo(256);
        assertThat(offset(LINE_INFO_CHANGED, "event_type")).isEqualTo(264);
        assertThat(offset(LINE_EVENT, "id")).isEqualTo(8);
        assertThat(offset(LINE_EVENT, "offset")).isEqualTo(12);
        assertThat(offset(LINE_EVENT, "seqno")).isEqualTo(16);
        assertThat(offset(LINE_EVENT, "line_seqno")).isEqualTo(20);
        assertThat(offset(LINE_EVENT, "padding")).isEqualTo(24);
    }

    @Test
    void ioctlNumbersMatchTheCompiler() {
        assertThat(GET_CHIPINFO_IOCTL).isEqualTo(0x8044B401L);
        assertThat(V2_GET_LINEINFO_IOCTL).isEqualTo(0xC100B405L);
        assertThat(V2_GET_LINEINFO_WATCH_IOCTL).isEqualTo(0xC100B406L);
        assertThat(V2_GET_LINE_IOCTL).isEqualTo(0xC250B407L);
        assertThat(GET_LINEINFO_UNWATCH_IOCTL).isEqualTo(0xC004B40CL);
        assertThat(V2_LINE_SET_CONFIG_IOCTL).isEqualTo(0xC110B40DL);
        assertThat(V2_LINE_GET_VALUES_IOCTL).isEqualTo(0xC010B40EL);
        assertThat(V2_LINE_SET_VALUES_IOCTL).isEqualTo(0xC010B40FL);
    }

    @Test
    void epollEventIsPackedOnX8664() {
        if ("amd64".equals(System.getProperty("os.arch"))) {
            assertThat(Epoll.EVENT_SIZE).isEqualTo(12);
        }
    }
}
