package dev.gpioint.linux.uapi;


import static java.lang.foreign.MemoryLayout.sequenceLayout;
import static java.lang.foreign.MemoryLayout.structLayout;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;

/**
 * The GPIO character device uAPI v2 ABI from {@code include/uapi/linux/gpio.h}: constants, flag bits, ioctl
 * request numbers and the struct layouts, written as {@link MemoryLayout}s so field offsets are computed and
 * can be checked against the C compiler's (see the unit tests). Every v2 struct is 8-byte aligned and has the
 * same layout on 32- and 64-bit kernels; integers are little-endian on the supported architectures.
 *
 * <p>The ioctl numbers use the generic {@code _IOC} encoding (x86, arm, arm64, riscv):
 * {@code dir << 30 | size << 16 | type << 8 | nr}.
 */
public final class GpioUapi {
    public static final int MAX_NAME_SIZE = 32;
    public static final int LINES_MAX = 64;
    public static final int LINE_NUM_ATTRS_MAX = 10;

    // enum gpio_v2_line_flag
    public static final long FLAG_USED = 1L << 0;
    public static final long FLAG_ACTIVE_LOW = 1L << 1;
    public static final long FLAG_INPUT = 1L << 2;
    public static final long FLAG_OUTPUT = 1L << 3;
    public static final long FLAG_EDGE_RISING = 1L << 4;
    public static final long FLAG_EDGE_FALLING = 1L << 5;
    public static final long FLAG_OPEN_DRAIN = 1L << 6;
    public static final long FLAG_OPEN_SOURCE = 1L << 7;
    public static final long FLAG_BIAS_PULL_UP = 1L << 8;
    public static final long FLAG_BIAS_PULL_DOWN = 1L << 9;
    public static final long FLAG_BIAS_DISABLED = 1L << 10;
    public static final long FLAG_EVENT_CLOCK_REALTIME = 1L << 11;
    public static final long FLAG_EVENT_CLOCK_HTE = 1L << 12;

    // enum gpio_v2_line_attr_id
    public static final int ATTR_ID_FLAGS = 1;
    public static final int ATTR_ID_OUTPUT_VALUES = 2;
    public static final int ATTR_ID_DEBOUNCE = 3;

    // enum gpio_v2_line_changed_type
    public static final int LINE_CHANGED_REQUESTED = 1;
    public static final int LINE_CHANGED_RELEASED = 2;
    public static final int LINE_CHANGED_CONFIG = 3;

    // enum gpio_v2_line_event_id
    public static final int LINE_EVENT_RISING_EDGE = 1;
    public static final int LINE_EVENT_FALLING_EDGE = 2;

    /** struct gpiochip_info: name, label, lines. 68 bytes. */
    public static final StructLayout CHIP_INFO = structLayout(
            sequenceLayout(MAX_NAME_SIZE, JAVA_BYTE).withName("name"),
            sequenceLayout(MAX_NAME_SIZE, JAVA_BYTE).withName("label"),
            JAVA_INT.withName("lines")).withName("gpiochip_info");

    /** struct gpio_v2_line_values: bits, mask (bit i = request index i). 16 bytes. */
    public static final StructLayout LINE_VALUES = structLayout(
            JAVA_LONG.withName("bits"), JAVA_LONG.withName("mask")).withName("gpio_v2_line_values");

    /** struct gpio_v2_line_attribute: id, padding, then a u64 union (flags, values or debounce_period_us). 16 bytes. */
    public static final StructLayout LINE_ATTRIBUTE = structLayout(
            JAVA_INT.withName("id"), JAVA_INT.withName("padding"), JAVA_LONG.withName("value")).withName("gpio_v2_line_attribute");

    /** struct gpio_v2_line_config_attribute: attr, mask over request indices. 24 bytes. */
    public static final StructLayout LINE_CONFIG_ATTRIBUTE = structLayout(
            LINE_ATTRIBUTE.withName("attr"), JAVA_LONG.withName("mask")).withName("gpio_v2_line_config_attribute");

    /** struct gpio_v2_line_config: flags, num_attrs, padding[5], attrs[10]. 272 bytes. */
    public static final StructLayout LINE_CONFIG = structLayout(
            JAVA_LONG.withName("flags"), JAVA_INT.withName("num_attrs"),
            sequenceLayout(5, JAVA_INT).withName("padding"),
            sequenceLayout(LINE_NUM_ATTRS_MAX, LINE_CONFIG_ATTRIBUTE).withName("attrs")).withName("gpio_v2_line_config");

    /** struct gpio_v2_line_request: offsets[64], consumer, config, num_lines, event_buffer_size, padding[5], fd. 592 bytes. */
    public static final StructLayout LINE_REQUEST = structLayout(
            sequenceLayout(LINES_MAX, JAVA_INT).withName("offsets"),
            sequenceLayout(MAX_NAME_SIZE, JAVA_BYTE).withName("consumer"),
            LINE_CONFIG.withName("config"),
            JAVA_INT.withName("num_lines"), JAVA_INT.withName("event_buffer_size"),
            sequenceLayout(5, JAVA_INT).withName("padding"),
            JAVA_INT.withName("fd")).withName("gpio_v2_line_request");

    /** struct gpio_v2_line_info: name, consumer, offset, num_attrs, flags, attrs[10], padding[4]. 256 bytes. */
    public static final StructLayout LINE_INFO = structLayout(
            sequenceLayout(MAX_NAME_SIZE, JAVA_BYTE).withName("name"),
            sequenceLayout(MAX_NAME_SIZE, JAVA_BYTE).withName("consumer"),
            JAVA_INT.withName("offset"), JAVA_INT.withName("num_attrs"), JAVA_LONG.withName("flags"),
            sequenceLayout(LINE_NUM_ATTRS_MAX, LINE_ATTRIBUTE).withName("attrs"),
            sequenceLayout(4, JAVA_INT).withName("padding")).withName("gpio_v2_line_info");

    /** struct gpio_v2_line_info_changed: info, timestamp_ns, event_type, padding[5]. 288 bytes. */
    public static final StructLayout LINE_INFO_CHANGED = structLayout(
            LINE_INFO.withName("info"), JAVA_LONG.withName("timestamp_ns"), JAVA_INT.withName("event_type"),
            sequenceLayout(5, JAVA_INT).withName("padding")).withName("gpio_v2_line_info_changed");

    /** struct gpio_v2_line_event: timestamp_ns, id, offset, seqno, line_seqno, padding[6]. 48 bytes. */
    public static final StructLayout LINE_EVENT = structLayout(
            JAVA_LONG.withName("timestamp_ns"), JAVA_INT.withName("id"), JAVA_INT.withName("offset"),
            JAVA_INT.withName("seqno"), JAVA_INT.withName("line_seqno"),
            sequenceLayout(6, JAVA_INT).withName("padding")).withName("gpio_v2_line_event");

    private static final int IOC_READ = 2;
    private static final int IOC_READ_WRITE = 3;
    private static final int GPIO_IOC_TYPE = 0xB4;

    public static final long GET_CHIPINFO_IOCTL = ioc(IOC_READ, 0x01, CHIP_INFO.byteSize());
    public static final long V2_GET_LINEINFO_IOCTL = ioc(IOC_READ_WRITE, 0x05, LINE_INFO.byteSize());
    public static final long V2_GET_LINEINFO_WATCH_IOCTL = ioc(IOC_READ_WRITE, 0x06, LINE_INFO.byteSize());
    public static final long V2_GET_LINE_IOCTL = ioc(IOC_READ_WRITE, 0x07, LINE_REQUEST.byteSize());
    public static final long GET_LINEINFO_UNWATCH_IOCTL = ioc(IOC_READ_WRITE, 0x0C, 4);
    public static final long V2_LINE_SET_CONFIG_IOCTL = ioc(IOC_READ_WRITE, 0x0D, LINE_CONFIG.byteSize());
    public static final long V2_LINE_GET_VALUES_IOCTL = ioc(IOC_READ_WRITE, 0x0E, LINE_VALUES.byteSize());
    public static final long V2_LINE_SET_VALUES_IOCTL = ioc(IOC_READ_WRITE, 0x0F, LINE_VALUES.byteSize());

    private GpioUapi() {
    }

    /** {@code _IOC(dir, 0xB4, nr, size)} in the generic encoding; a non-negative long (the C type is unsigned long). */
    static long ioc(int direction, int number, long size) {
        return ((long) direction << 30 | size << 16 | (long) GPIO_IOC_TYPE << 8 | number) & 0xFFFF_FFFFL;
    }

    /** Byte offset of a (possibly nested) field, e.g. {@code offset(LINE_REQUEST, "config", "num_attrs")}. */
    public static long offset(MemoryLayout layout, String... path) {
        var elements = new MemoryLayout.PathElement[path.length];
        for (int i = 0; i < path.length; i++) {
            elements[i] = MemoryLayout.PathElement.groupElement(path[i]);
        }
        return layout.byteOffset(elements);
    }

}
