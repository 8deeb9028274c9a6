package dev.gpioint.firmware;

/** Argument checks shared by the firmware records, so every record says "x is out of range" the same way. */
final class Ranges {
    private Ranges() {
    }

    static void check(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is out of range " + min + ".." + max);
        }
    }

    static void checkPull(PullConfiguration pull, int code) {
        check("pin configuration", code, 0, 0xFF);
        if (PullConfiguration.fromAcpiCode(code) != pull) {
            throw new IllegalArgumentException("pin configuration code " + code + " does not mean " + pull);
        }
    }
}
