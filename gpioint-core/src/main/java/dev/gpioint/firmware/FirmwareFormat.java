package dev.gpioint.firmware;

import java.nio.file.Path;
import java.util.List;

/**
 * A file format firmware can come in (ASL text, AML tables, acpidump text), found through
 * {@link java.util.ServiceLoader} so that tools boot any board file without knowing its module.
 */
public interface FirmwareFormat {
    /** A short name such as "asl" or "aml", for messages. */
    String name();

    /** True when this format reads {@code files} (judged by name and, where cheap, by their first bytes). */
    boolean accepts(List<Path> files);

    /** A source reading {@code files}; nothing is read until {@link FirmwareSource#load()}. */
    FirmwareSource source(List<Path> files);

    /**
     * One source per machine that {@code files} describe, in the order given. Most inputs describe one machine,
     * and then this is {@code source(files)}, the default; a format whose files can hold several machines at
     * once (tables dumped from different computers, say) may split them, each to be loaded on its own.
     */
    default List<FirmwareSource> machines(List<Path> files) {
        return List.of(source(files));
    }

    /**
     * This format evaluating firmware as {@code settings} say; formats that do not run firmware return
     * themselves. A format that cannot honour a setting (an unknown region space) throws
     * IllegalArgumentException saying which.
     */
    default FirmwareFormat with(FirmwareSettings settings) {
        return this;
    }
}
