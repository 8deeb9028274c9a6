package dev.gpioint.cli;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.resource.ResourceData;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints every device with its state and its raw and translated resources, as text or JSON. */
final class DeviceListing {
    private DeviceListing() {
    }

    static void text(PnpManager pnp, PrintStream out) {
        for (DeviceNode node : pnp.devices()) {
            out.printf("%s  %s  driver=%s  %s%n", node.path(), node.firmware().matchIds().isEmpty() ? "-" : String.join(",", node.firmware().matchIds()),
                    node.driver().map(d -> d.name()).orElse("-"), state(node));
            var resources = node.resources();
            if (resources.raw().isEmpty()) {
                for (FirmwareResource resource : node.firmware().resources()) {
                    out.printf("      firmware    %s%n", FirmwareText.describe(resource));
                }
            }
            for (int i = 0; i < resources.raw().size(); i++) {
                out.printf("  %2d  raw         %s%n", i, ResourceText.describe(resources.raw().get(i)));
                out.printf("      translated  %s%n", ResourceText.describe(resources.translated().get(i)));
                out.printf("      from        %s%n", FirmwareText.describe(resources.sources().get(i)));
            }
        }
    }

    static String state(DeviceNode node) {
        String state = node.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return node.state() == DeviceState.STARTED ? state : state + node.failureReason().map(r -> ": " + r).orElse("");
    }

    static void json(PnpManager pnp, PrintStream out) {
        var devices = new ArrayList<Object>();
        for (DeviceNode node : pnp.devices()) {
            var device = new LinkedHashMap<String, Object>();
            device.put("path", node.path().toString());
            device.put("hardwareIds", node.firmware().matchIds());
            device.put("driver", node.driver().map(d -> d.name()).orElse(null));
            device.put("state", node.state().name());
            device.put("reason", node.failureReason().orElse(null));
            var resources = new ArrayList<Object>();
            var lists = node.resources();
            for (int i = 0; i < lists.raw().size(); i++) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("index", i);
                entry.put("raw", descriptor(lists.raw().get(i)));
                entry.put("translated", descriptor(lists.translated().get(i)));
                entry.put("firmware", FirmwareText.json(lists.sources().get(i)));
                resources.add(entry);
            }
            device.put("resources", resources);
            if (lists.raw().isEmpty()) {
                device.put("firmwareResources", node.firmware().resources().stream().map(FirmwareText::json).toList());
            }
            devices.add(device);
        }
        out.println(Json.write(Map.of("firmware", pnp.firmware().origin(), "devices", devices)));
    }

    static Map<String, Object> descriptor(ResourceDescriptor d) {
        var out = new LinkedHashMap<String, Object>();
        out.put("type", d.type().name());
        out.put("shareDisposition", d.shareDisposition().name());
        out.put("flags", d.flags());
        switch (d.data()) {
            case ResourceData.InterruptData i -> {
                out.put("level", i.level());
                out.put("vector", i.vector());
                out.put("affinity", i.affinity());
                out.put("group", i.group());
            }
            case ResourceData.ConnectionData c -> {
                out.put("class", c.connectionClass().name());
                out.put("connectionType", c.type().name());
                out.put("id", c.id());
            }
            case ResourceData.RangeData r -> {
                out.put("start", r.start());
                out.put("length", r.length());
            }
            case ResourceData.DmaData m -> out.put("channel", m.channel());
        }
        return out;
    }
}
