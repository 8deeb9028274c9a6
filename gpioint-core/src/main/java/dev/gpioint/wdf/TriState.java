package dev.gpioint.wdf;

/** {@code WDF_TRI_STATE}: false, true, or "let the framework decide". */
public enum TriState {
    FALSE, TRUE, USE_DEFAULT
}
