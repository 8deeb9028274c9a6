package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.NamePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds cycles in the present devices' {@code _DEP} lists: devices that each wait for the other never start. Each
 * cycle is reported once, at the device of the cycle the firmware lists first, with the whole cycle as evidence.
 */
final class DependencyCycles {
    private DependencyCycles() {
    }

    static List<BoardLint.Finding> find(Firmware firmware) {
        Map<NamePath, List<NamePath>> edges = new HashMap<>();
        for (FirmwareDevice device : firmware.devices()) {
            if (device.isPresentAndEnabled() && !device.declaredDependencies().isEmpty()) {
                edges.put(device.path(), device.declaredDependencies());
            }
        }
        var findings = new ArrayList<BoardLint.Finding>();
        Map<NamePath, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (FirmwareDevice device : firmware.devices()) {
            if (edges.containsKey(device.path()) && !state.containsKey(device.path())) {
                walk(device.path(), edges, state, new ArrayList<>(), findings);
            }
        }
        return findings;
    }

    private static void walk(NamePath at, Map<NamePath, List<NamePath>> edges, Map<NamePath, Integer> state, List<NamePath> path,
                             List<BoardLint.Finding> findings) {
        state.put(at, 1);
        path.add(at);
        for (NamePath next : edges.getOrDefault(at, List.of())) {
            Integer seen = state.get(next);
            if (seen == null) {
                walk(next, edges, state, path, findings);
            } else if (seen == 1) {
                List<NamePath> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                cycle.add(next);
                findings.add(new BoardLint.Finding(true, next, "_DEP", "dependency cycle "
                        + String.join(" -> ", cycle.stream().map(NamePath::toString).toList())
                        + ": none of these devices can start"));
            }
        }
        path.removeLast();
        state.put(at, 2);
    }
}
