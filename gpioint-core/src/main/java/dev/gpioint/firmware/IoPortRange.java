package dev.gpioint.firmware;

/** A range of I/O ports ({@code IO}, {@code FixedIO}) at its minimum base. Becomes a Port resource. */
public record IoPortRange(int base, int length) implements FirmwareResource {
    public IoPortRange {
        Ranges.check("I/O base", base, 0, 0xFFFF);
        Ranges.check("I/O length", length, 0, 0xFF);
    }

    @Override
    public String kind() {
        return "IO";
    }
}
