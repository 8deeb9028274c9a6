package dev.gpioint.drivers.buttons;

import dev.gpioint.wdf.WdfInterrupt;

/**
 * One button's press/release record, shared by the button drivers: the interrupt carries no edge direction
 * (Edge ActiveBoth), so, as Windows' GPIO button drivers do, the first interrupt after connect is the asserted
 * state (pressed) and each one after flips it. The ISR stamps the time into a ring (allocation-free) and queues
 * the deferred routine (a DPC, or a work item for a passive ISR), which reports press and release with their
 * timestamps. One writer (the ISR) and one reader (the deferred routine).
 */
public final class ButtonTransitions {
    private static final int RING = 64;

    private final String name;
    private final boolean passive;
    private final long[] times = new long[RING];
    private final boolean[] states = new boolean[RING];
    private volatile int head;
    private volatile int tail;
    private volatile boolean pressed;
    private volatile long reported;

    /** @param passive true when the ISR runs at PASSIVE_LEVEL and queues a work item instead of a DPC */
    public ButtonTransitions(String name, boolean passive) {
        this.name = name;
        this.passive = passive;
    }

    /** The button's name (power, volume-up, ...). */
    public String name() {
        return name;
    }

    /** Whether the driver believes the button is pressed. */
    public boolean isPressed() {
        return pressed;
    }

    /** Presses and releases reported so far. */
    public long reported() {
        return reported;
    }

    /** The ISR: flips the state, stamps it and queues the report. */
    public boolean isr(WdfInterrupt interrupt, int messageId) {
        pressed = !pressed;
        int at = head;
        if (at - tail < RING) {
            times[at % RING] = interrupt.device().nanoTime();
            states[at % RING] = pressed;
            head = at + 1;
        }
        if (passive) {
            interrupt.queueWorkItemForIsr();
        } else {
            interrupt.queueDpcForIsr();
        }
        return true;
    }

    /** The DPC or work item: reports every transition stamped since the last run. */
    public void report(WdfInterrupt interrupt) {
        while (tail != head) {
            int at = tail;
            interrupt.device().report(String.format("%s %s (at %.3f ms)", name, states[at % RING] ? "pressed" : "released",
                    times[at % RING] / 1e6));
            reported++;
            tail = at + 1;
        }
    }
}
