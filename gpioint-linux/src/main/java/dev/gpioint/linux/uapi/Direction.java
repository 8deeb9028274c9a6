package dev.gpioint.linux.uapi;

/** Line direction in a request; {@code AS_IS} leaves the line as it is (neither INPUT nor OUTPUT flag). */
public enum Direction { AS_IS, INPUT, OUTPUT }
