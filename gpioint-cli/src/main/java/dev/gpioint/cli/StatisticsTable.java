package dev.gpioint.cli;

import dev.gpioint.pnp.InterruptStatistics;
import dev.gpioint.pnp.PnpManager;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The end-of-run table, in the spirit of {@code /proc/interrupts}: one row per connected interrupt object. */
final class StatisticsTable {
    private StatisticsTable() {
    }

    static void print(PnpManager pnp, PrintStream out) {
        List<InterruptStatistics.Row> rows = InterruptStatistics.collect(pnp);
        int cpus = pnp.machine().processorCount();
        var header = new ArrayList<String>(List.of("VECTOR", "SOURCE", "DEVICE"));
        for (int i = 0; i < cpus; i++) {
            header.add("CPU" + i);
        }
        header.addAll(List.of("PASSIVE", "ISR us", "DPC", "DPC us", "WORK", "WORK us", "UNCLAIMED", "SPURIOUS"));
        var table = new ArrayList<List<String>>();
        table.add(header);
        for (InterruptStatistics.Row row : rows) {
            var cells = new ArrayList<String>();
            cells.add(String.format("0x%x", row.vector()));
            cells.add(row.source());
            cells.add(row.device());
            for (long count : row.perProcessor()) {
                cells.add(Long.toString(count));
            }
            cells.add(Long.toString(row.passive()));
            cells.add(micros(row.isrNanos()));
            cells.add(Long.toString(row.dpcs()));
            cells.add(micros(row.dpcNanos()));
            cells.add(Long.toString(row.workItems()));
            cells.add(micros(row.workItemNanos()));
            cells.add(Long.toString(row.unclaimed()));
            cells.add(Long.toString(row.spurious()));
            table.add(cells);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : table) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : table) {
            var text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                boolean left = i == 1 || i == 2;
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String micros(long nanos) {
        return String.format("%.1f", nanos / 1000.0);
    }
}
