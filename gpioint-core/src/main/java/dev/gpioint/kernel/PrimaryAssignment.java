package dev.gpioint.kernel;

/**
 * What the interrupt manager assigned to a primary line: the values of its translated descriptor.
 *
 * @param vector   the IDT vector (its IRQL is {@code vector >> 4})
 * @param irql     the DIRQL
 * @param affinity the processors it may target (KAFFINITY)
 * @param targetProcessor the processor its requests go to
 */
public record PrimaryAssignment(int vector, int irql, long affinity, int targetProcessor) {
}
