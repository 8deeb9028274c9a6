package dev.gpioint.acpi.resource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The ASL keywords one macro argument takes, with the value each one encodes. Some arguments also take a
 * plain number (a vendor pin configuration, an address space ID) within {@code numberMin..numberMax}.
 *
 * @param name    what the argument is, for messages ("EdgeLevel")
 * @param entries keyword and value pairs; the first keyword of a value is the one printed
 */
public record Keywords(String name, List<Entry> entries, long numberMin, long numberMax) {

    /** One keyword and the value it encodes. */
    public record Entry(String keyword, long value) {
    }

    public Keywords {
        entries = List.copyOf(entries);
    }

    /** Keywords alone; {@code pairs} alternates keyword and value. */
    static Keywords of(String name, Object... pairs) {
        return withNumbers(name, 1, 0, pairs);
    }

    /** Keywords that also accept numbers in {@code min..max}. */
    static Keywords withNumbers(String name, long min, long max, Object... pairs) {
        var list = new java.util.ArrayList<Entry>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Entry((String) pairs[i], ((Number) pairs[i + 1]).longValue()));
        }
        return new Keywords(name, list, min, max);
    }

    /** The value of {@code keyword} (ASL keywords are case-insensitive). */
    public OptionalLong valueOf(String keyword) {
        for (Entry e : entries) {
            if (e.keyword.toUpperCase(Locale.ROOT).equals(keyword.toUpperCase(Locale.ROOT))) {
                return OptionalLong.of(e.value);
            }
        }
        return OptionalLong.empty();
    }

    /** The keyword printed for {@code value}, if one encodes it. */
    public Optional<String> keywordOf(long value) {
        return entries.stream().filter(e -> e.value == value).map(Entry::keyword).findFirst();
    }

    /** True when a plain number {@code value} is accepted in place of a keyword. */
    public boolean acceptsNumber(long value) {
        return value >= numberMin && value <= numberMax;
    }

    /** "Edge or Level" style list for messages. */
    public String describe() {
        var names = entries.stream().map(Entry::keyword).toList();
        String words = names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
        return numberMin <= numberMax ? words + " or a number " + numberMin + ".." + numberMax : words;
    }
}
