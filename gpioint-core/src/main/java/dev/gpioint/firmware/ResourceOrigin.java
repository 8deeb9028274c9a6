package dev.gpioint.firmware;

/** Where a device's current resources came from, so a consumer can tell "none" from "not known". */
public enum ResourceOrigin {
    /** The device has no {@code _CRS}. */
    NONE,
    /** A static resource template ({@code Name(_CRS, ResourceTemplate() ...)}, or the Java builder). */
    STATIC,
    /** A {@code Method} {@code _CRS} whose result was evaluated. */
    EVALUATED_METHOD,
    /** A {@code Method} {@code _CRS} that has not been evaluated; the resource list is empty. */
    UNEVALUATED_METHOD
}
