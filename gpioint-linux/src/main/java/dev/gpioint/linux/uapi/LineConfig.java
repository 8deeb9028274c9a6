package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of every line of a request, in request order (the order is the request index the kernel's
 * per-line masks and value bits refer to), plus initial values for output lines. Immutable.
 *
 * <p>{@link #encode} writes a {@code struct gpio_v2_line_config}: the first line's flags become the default,
 * every other distinct flag word becomes a FLAGS attribute, every distinct non-zero debounce a DEBOUNCE
 * attribute, and the output values one OUTPUT_VALUES attribute; more than 10 attributes cannot be expressed
 * and are refused here rather than by the kernel.
 */
public record LineConfig(Map<Integer, LineSettings> lines, Map<Integer, Boolean> outputValues) {
    public LineConfig {
        if (lines.isEmpty() || lines.size() > LINES_MAX) {
            throw new IllegalArgumentException("a request has 1.." + LINES_MAX + " lines, not " + lines.size());
        }
        lines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        outputValues = Map.copyOf(outputValues);
        for (var entry : lines.entrySet()) {
            if (entry.getKey() < 0) {
                throw new IllegalArgumentException("line offsets are non-negative, not " + entry.getKey());
            }
            entry.getValue().validate();
        }
        for (int offset : outputValues.keySet()) {
            if (!lines.containsKey(offset)) {
                throw new IllegalArgumentException("output value for line " + offset + ", which is not in the request");
            }
        }
    }

    /** The same settings on every line of {@code offsets}. */
    public static LineConfig of(LineSettings settings, int... offsets) {
        var map = new LinkedHashMap<Integer, LineSettings>();
        for (int offset : offsets) {
            if (map.put(offset, settings) != null) {
                throw new IllegalArgumentException("line " + offset + " is listed twice");
            }
        }
        return new LineConfig(map, Map.of());
    }

    /** Offsets in request order. */
    public int[] offsets() {
        return lines.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Request index of {@code offset}, or -1. */
    public int indexOf(int offset) {
        int i = 0;
        for (int o : lines.keySet()) {
            if (o == offset) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** This config with {@code offset}'s settings replaced. */
    public LineConfig with(int offset, LineSettings settings) {
        if (!lines.containsKey(offset)) {
            throw new IllegalArgumentException("line " + offset + " is not in the request");
        }
        var map = new LinkedHashMap<>(lines);
        map.put(offset, settings);
        return new LineConfig(map, outputValues);
    }

    /** This config with every line set to {@code settings}. */
    public LineConfig withAll(LineSettings settings) {
        var map = new LinkedHashMap<Integer, LineSettings>();
        lines.keySet().forEach(o -> map.put(o, settings));
        return new LineConfig(map, outputValues);
    }

    /** Writes a zero-padded {@code struct gpio_v2_line_config} at offset 0 of {@code config} (272 bytes). */
    public void encode(MemorySegment config) {
        config.asSlice(0, LINE_CONFIG.byteSize()).fill((byte) 0);
        List<LineSettings> ordered = new ArrayList<>(lines.values());
        long defaults = ordered.getFirst().flags();
        config.set(JAVA_LONG_UNALIGNED, offset(LINE_CONFIG, "flags"), defaults);
        var flagMasks = new LinkedHashMap<Long, Long>();
        var debounceMasks = new LinkedHashMap<Integer, Long>();
        long outputMask = 0;
        long outputBits = 0;
        for (int i = 0; i < ordered.size(); i++) {
            LineSettings s = ordered.get(i);
            long bit = 1L << i;
            if (s.flags() != defaults) {
                flagMasks.merge(s.flags(), bit, (a, b) -> a | b);
            }
            if (s.debounceMicros() != 0) {
                debounceMasks.merge(s.debounceMicros(), bit, (a, b) -> a | b);
            }
        }
        int i = 0;
        for (int offset : lines.keySet()) {
            Boolean value = outputValues.get(offset);
            if (value != null) {
                outputMask |= 1L << i;
                outputBits |= value ? 1L << i : 0;
            }
            i++;
        }
        int attrs = flagMasks.size() + debounceMasks.size() + (outputMask != 0 ? 1 : 0);
        if (attrs > LINE_NUM_ATTRS_MAX) {
            throw new IllegalArgumentException("these line settings need " + attrs + " attributes; the uAPI allows "
                    + LINE_NUM_ATTRS_MAX + ": split the request");
        }
        int n = 0;
        for (var e : flagMasks.entrySet()) {
            writeAttr(config, n++, ATTR_ID_FLAGS, e.getKey(), e.getValue());
        }
        for (var e : debounceMasks.entrySet()) {
            writeAttr(config, n++, ATTR_ID_DEBOUNCE, Integer.toUnsignedLong(e.getKey()), e.getValue());
        }
        if (outputMask != 0) {
            writeAttr(config, n++, ATTR_ID_OUTPUT_VALUES, outputBits, outputMask);
        }
        config.set(JAVA_INT_UNALIGNED, offset(LINE_CONFIG, "num_attrs"), n);
    }

    private static final long ATTRS = offset(LINE_CONFIG, "attrs");
    private static final long ATTR_SIZE = LINE_CONFIG_ATTRIBUTE.byteSize();

    private static void writeAttr(MemorySegment config, int index, int id, long value, long mask) {
        long base = ATTRS + index * ATTR_SIZE;
        config.set(JAVA_INT_UNALIGNED, base + offset(LINE_ATTRIBUTE, "id"), id);
        // debounce_period_us is a u32 at offset 8 of the union; on little-endian a u64 write puts it there.
        config.set(JAVA_LONG_UNALIGNED, base + offset(LINE_ATTRIBUTE, "value"), value);
        config.set(JAVA_LONG_UNALIGNED, base + offset(LINE_CONFIG_ATTRIBUTE, "mask"), mask);
    }

    /** The distinct edge settings in use (for messages and tests). */
    public Set<Edge> edges() {
        var set = new java.util.HashSet<Edge>();
        lines.values().forEach(s -> set.add(s.edge()));
        return set;
    }
}
