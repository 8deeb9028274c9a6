/**
 * The Linux GPIO character device uAPI v2 bound with the Foreign Function and Memory API: chips, line info
 * and watches, line requests (direction, edges, bias, drive, active-low, debounce, event clock), values,
 * live reconfiguration and batched edge-event reads with sequence-gap accounting. No JNI, no native library.
 */
package dev.gpioint.linux.uapi;
