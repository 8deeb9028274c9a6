/**
 * The execution model and the HAL: a {@link dev.gpioint.kernel.Machine} of processors with per-thread IRQL,
 * DPCs and work items, deterministic or realtime scheduling, the primary interrupt controller and vector table,
 * secondary (GPIO) interrupt ranges, interrupt objects and the verifier's IRQL rules.
 */
package dev.gpioint.kernel;
