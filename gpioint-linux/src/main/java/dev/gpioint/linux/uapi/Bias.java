package dev.gpioint.linux.uapi;

/** Line bias; {@code AS_IS} sets no bias flag and leaves the chip's setting. */
public enum Bias { AS_IS, PULL_UP, PULL_DOWN, DISABLED }
