package dev.gpioint.linux.uapi;

/** Output drive; anything other than push-pull requires {@link Direction#OUTPUT}. */
public enum Drive { PUSH_PULL, OPEN_DRAIN, OPEN_SOURCE }
