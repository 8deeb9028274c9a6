package dev.gpioint.linux.uapi;

/**
 * The clock edge timestamps are taken from: CLOCK_MONOTONIC (default), CLOCK_REALTIME (Linux 5.11+) or a
 * hardware timestamp engine (needs CONFIG_HTE, otherwise the request fails with EOPNOTSUPP).
 */
public enum EventClock { MONOTONIC, REALTIME, HTE }
