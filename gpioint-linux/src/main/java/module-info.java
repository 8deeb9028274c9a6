/**
 * gpioint on Linux: GPIO character devices (uAPI v2) through the Foreign Function and Memory API, a GPIO
 * controller client backed by a gpiochip, and the entry points the CLI calls (chips, monitor, hardware run).
 */
module dev.gpioint.linux {
    requires transitive dev.gpioint.core;
    exports dev.gpioint.linux.uapi;
    exports dev.gpioint.linux.client;
    exports dev.gpioint.linux.probe;
    exports dev.gpioint.linux.tools;
}
