package dev.gpioint.linux.uapi;

/**
 * One edge event ({@code struct gpio_v2_line_event}), with the sequence numbers widened to unsigned longs.
 *
 * @param timestampNs from the request's event clock (CLOCK_MONOTONIC unless REALTIME or HTE was asked for);
 *                    with debounce it is the time the debounce period ended, not the edge
 * @param rising      true for RISING_EDGE (inactive to active), false for FALLING_EDGE
 * @param offset      the chip line offset (not the request index)
 * @param seqno       sequence number across the whole request; equals lineSeqno for a one-line request
 * @param lineSeqno   sequence number on this line
 */
public record EdgeEvent(long timestampNs, boolean rising, int offset, long seqno, long lineSeqno) {
    /** {@code rising} or {@code falling}, as gpiomon prints it. */
    public String type() {
        return rising ? "rising" : "falling";
    }
}
