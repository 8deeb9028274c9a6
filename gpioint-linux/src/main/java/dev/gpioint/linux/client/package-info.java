/**
 * A GPIO controller client (the GpioClx {@code CLIENT_*} callbacks) backed by a Linux gpiochip: GpioInt pins
 * become line requests, edges from one epoll thread per chip are latched in per-bank words that drive a
 * virtual primary interrupt line, and the class extension services them exactly as it does a simulated
 * memory-mapped controller.
 */
package dev.gpioint.linux.client;
