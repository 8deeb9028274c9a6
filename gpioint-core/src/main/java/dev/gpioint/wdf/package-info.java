/**
 * The KMDF-style driver API: {@link dev.gpioint.wdf.KmdfDriver}, {@link dev.gpioint.wdf.WdfDevice},
 * {@link dev.gpioint.wdf.WdfInterrupt} and {@link dev.gpioint.wdf.WdfInterruptConfig}, with WDF's validation
 * rules, status codes and IRQL rules. Drivers see only this package, the resource model and NTSTATUS.
 */
package dev.gpioint.wdf;
