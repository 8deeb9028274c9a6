package dev.gpioint.wdf;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.resource.ShareDisposition;

/**
 * {@code WDF_INTERRUPT_INFO}. Polarity is never known to the driver (the resource carries none), as in KMDF.
 *
 * @param vector             the translated vector (0 when the interrupt has no resource)
 * @param irql               the IRQL its ISR runs at (PASSIVE for passive handling)
 * @param synchronizeIrql    the IRQL of its lock
 * @param mode               edge (latched) or level
 * @param shareDisposition   from the translated descriptor
 * @param targetProcessorSet KAFFINITY
 * @param messageSignaled    always false: gpioint has no MSI
 */
public record WdfInterruptInfo(long vector, int irql, int synchronizeIrql, InterruptMode mode,
                               ShareDisposition shareDisposition, long targetProcessorSet, int group,
                               boolean messageSignaled, String polarity) {
}
