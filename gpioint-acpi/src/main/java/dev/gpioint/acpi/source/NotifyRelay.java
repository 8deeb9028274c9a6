package dev.gpioint.acpi.source;

import dev.gpioint.acpi.interpreter.AmlHost;
import java.util.Objects;

/**
 * The host the tables' interpreter runs with: everything goes to the host the options named and, once the
 * machine listens ({@link AmlFirmwareMethods#onNotify}), each {@code Notify} goes to the machine too. While the
 * tables load there is no listener yet, as no driver is there to receive anything.
 */
final class NotifyRelay implements AmlHost {
    /** Where a relayed {@code Notify} goes. */
    @FunctionalInterface
    interface Listener {
        void notify(String path, long value);
    }

    private final AmlHost host;
    private volatile Listener listener = (path, value) -> { };

    NotifyRelay(AmlHost host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    void listen(Listener value) {
        listener = Objects.requireNonNull(value, "listener");
    }

    @Override
    public long nanoTime() {
        return host.nanoTime();
    }

    @Override
    public void advance(long nanos) {
        host.advance(nanos);
    }

    @Override
    public void notify(String path, long value) {
        host.notify(path, value);
        listener.notify(path, value);
    }

    @Override
    public void debug(String text) {
        host.debug(text);
    }

    @Override
    public void fatal(int type, long code, long argument, String method) {
        host.fatal(type, code, argument, method);
    }
}
