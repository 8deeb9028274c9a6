/**
 * The UMDF-style driver API ({@code IWDFDevice3::CreateInterrupt}, {@code WUDF_INTERRUPT_CONFIG}): the same
 * interrupt machinery as KMDF, with every ISR at PASSIVE_LEVEL and level-triggered dispatch waiting for the ISR.
 */
package dev.gpioint.wudf;
