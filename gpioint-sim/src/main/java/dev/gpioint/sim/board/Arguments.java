package dev.gpioint.sim.board;

import java.time.Duration;
import java.util.List;

/** Parsing of scenario action arguments, with messages that say which argument is wrong. */
public final class Arguments {
    private Arguments() {
    }

    public static void count(String action, List<String> arguments, int expected, String usage) {
        if (arguments.size() != expected) {
            throw new IllegalArgumentException("'" + action + "' takes " + expected + " argument" + (expected == 1 ? "" : "s")
                    + " (" + usage + "), not " + arguments.size());
        }
    }

    public static int integer(String what, String text) {
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Integer.parseInt(text.substring(2), 16) : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }

    public static boolean level(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "high", "1", "on" -> true;
            case "low", "0", "off" -> false;
            default -> throw new IllegalArgumentException("level '" + text + "' is neither high nor low");
        };
    }

    /** "10ms", "1.5s", "250us", "100ns", "0". */
    public static Duration duration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.equals("0")) {
                return Duration.ZERO;
            }
            record Unit(String suffix, double nanos) {
            }
            for (Unit unit : List.of(new Unit("ns", 1), new Unit("us", 1e3), new Unit("ms", 1e6), new Unit("s", 1e9))) {
                if (t.endsWith(unit.suffix()) && !(unit.suffix().equals("s") && (t.endsWith("ms") || t.endsWith("us") || t.endsWith("ns")))) {
                    double value = Double.parseDouble(t.substring(0, t.length() - unit.suffix().length()));
                    if (value < 0) {
                        throw new NumberFormatException();
                    }
                    return Duration.ofNanos(Math.round(value * unit.nanos()));
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration (like 10ms, 1.5s, 250us)");
    }
}
