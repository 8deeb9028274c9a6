package dev.gpioint.acpi.interpreter;

/**
 * What AML asks of the operating system besides memory: time ({@code Sleep}, {@code Stall}, {@code Timer},
 * {@code Wait} timeouts) and the events firmware raises ({@code Notify}, stores to {@code Debug},
 * {@code Fatal}). The default methods keep a virtual clock that only these calls advance, so an evaluation is
 * reproducible to the nanosecond; a machine plugs in its own clock.
 */
public interface AmlHost {
    /** Nanoseconds of machine time now. */
    long nanoTime();

    /** Lets {@code nanos} of machine time pass (Sleep, Stall, a Wait that times out). */
    void advance(long nanos);

    /**
     * {@code Notify (object, value)}: {@code path} is the absolute path of a Device, Processor or ThermalZone (the
     * interpreter refuses any other object). Called while the notifying method runs, with the interpreter in the
     * middle of it: a host queues the notification for later delivery, as an OS does, and never evaluates AML
     * from here.
     */
    default void notify(String path, long value) {
    }

    /** A value stored to {@code Debug}, as text. */
    default void debug(String text) {
    }

    /** {@code Fatal (type, code, argument)}: firmware reports an unrecoverable error and carries on. */
    default void fatal(int type, long code, long argument, String method) {
    }

    /** A host with its own virtual clock starting at zero and no listeners. */
    static AmlHost virtual() {
        return new AmlHost() {
            private long now;

            @Override
            public long nanoTime() {
                return now;
            }

            @Override
            public void advance(long nanos) {
                now += nanos;
            }
        };
    }
}
