package dev.gpioint.cli;

import dev.gpioint.firmware.DmaChannel;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.IoPortRange;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.firmware.OpaqueResource;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import java.util.LinkedHashMap;
import java.util.Map;

/** One-line text and JSON fields of a firmware resource, ASL-like, for listings. */
final class FirmwareText {
    private FirmwareText() {
    }

    static String describe(FirmwareResource resource) {
        return switch (resource) {
            case GpioInt g -> String.format("GpioInt(%s, %s, %s%s, %s, debounce %d) %s pin %d", title(g.mode().name()),
                    camel(g.polarity().name()), title(g.sharing().name()), g.wake() ? "AndWake" : "", "Pull" + title(g.pull().name()),
                    g.debounceHundredthsMs(), g.controller(), g.pin());
            case GpioIo g -> String.format("GpioIo(%s%s, %s, %s) %s pins %s", title(g.sharing().name()), g.wake() ? "AndWake" : "",
                    "Pull" + title(g.pull().name()), camel(g.ioRestriction().name()), g.controller(), g.pins());
            case Interrupt i -> String.format("Interrupt(%s, %s, %s%s) GSIV %s", title(i.mode().name()), camel(i.polarity().name()),
                    title(i.sharing().name()), i.wake() ? "AndWake" : "", i.gsivs());
            case I2cSerialBus i -> String.format("I2cSerialBusV2(0x%X, %d Hz) %s", i.address(), i.speedHz(), i.controller());
            case SpiSerialBus s -> String.format("SpiSerialBusV2(select %d, %d Hz) %s", s.deviceSelection(), s.speedHz(), s.controller());
            case UartSerialBus u -> String.format("UartSerialBusV2(%d baud) %s", u.baudRate(), u.controller());
            case MemoryRange m -> String.format("Memory(0x%X, length 0x%X)", m.base(), m.length());
            case IoPortRange p -> String.format("IO(0x%X, length %d)", p.base(), p.length());
            case DmaChannel d -> "DMA(channel " + d.channel() + ")";
            // Descriptions read from AML are already whole macros ("PinFunction (...)"): not named twice.
            case OpaqueResource o -> o.description().startsWith(o.kind()) ? o.description() : o.kind() + "(" + o.description() + ")";
        };
    }

    static Map<String, Object> json(FirmwareResource resource) {
        var out = new LinkedHashMap<String, Object>();
        out.put("kind", resource.kind());
        switch (resource) {
            case GpioInt g -> {
                out.put("controller", g.controller().toString());
                out.put("pin", g.pin());
                out.put("mode", g.mode().name());
                out.put("polarity", g.polarity().name());
                out.put("sharing", g.sharing().name());
                out.put("wake", g.wake());
                out.put("pull", g.pull().name());
                out.put("debounceHundredthsMs", g.debounceHundredthsMs());
            }
            case GpioIo g -> {
                out.put("controller", g.controller().toString());
                out.put("pins", g.pins());
                out.put("ioRestriction", g.ioRestriction().name());
            }
            case Interrupt i -> {
                out.put("gsivs", i.gsivs());
                out.put("mode", i.mode().name());
                out.put("polarity", i.polarity().name());
                out.put("sharing", i.sharing().name());
                out.put("wake", i.wake());
            }
            default -> out.put("text", describe(resource));
        }
        return out;
    }

    /** "Edge ActiveLow", as ASL writes a trigger. */
    static String trigger(InterruptMode mode, Polarity polarity) {
        return title(mode.name()) + " " + camel(polarity.name());
    }

    private static String title(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** ACTIVE_HIGH to ActiveHigh. */
    private static String camel(String upper) {
        var out = new StringBuilder();
        for (String part : upper.split("_")) {
            out.append(title(part));
        }
        return out.toString();
    }
}
