package dev.gpioint.drivers.probe;

/** A probe device's driver state, KMDF or UMDF: what it saw. */
public interface ProbeDevice {
    ProbeLog log();
}
