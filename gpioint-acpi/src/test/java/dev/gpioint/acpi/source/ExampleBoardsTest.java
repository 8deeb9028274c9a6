package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.acpi.oracle.Iasl;
import dev.gpioint.firmware.Firmware;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The project's example boards (../examples/*.asl, written by hand elsewhere in the repository) compile with
 * gpioint to the same firmware as iasl's AML of them read back by gpioint's table reader.
 */
class ExampleBoardsTest {
    private static final Path EXAMPLES = Path.of("../examples");

    @Test
    void examplesGiveTheSameFirmwareFromAslAndFromIaslsAml() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES), "no ../examples directory: nothing to compare");
        Iasl.assumeAvailable();
        List<Path> boards;
        try (var files = Files.list(EXAMPLES)) {
            boards = files.filter(f -> f.toString().endsWith(".asl")).sorted().toList();
        }
        int devices = 0;
        for (Path board : boards) {
            String text = Files.readString(board);
            Firmware fromAsl = AslCompiler.compile(board.toString(), text);
            Firmware fromAml = TableFiles.firmware("iasl", List.of(AcpiTable.read(Iasl.compile(text), board + ".aml")));
            assertThat(fromAml.devices()).as(board.toString()).isEqualTo(fromAsl.devices());
            devices += fromAsl.devices().size();
        }
        System.out.printf("example boards: %d files, %d devices identical from ASL and from iasl's AML%n", boards.size(), devices);
    }
}
