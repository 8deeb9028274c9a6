package dev.gpioint.acpi.source;

import dev.gpioint.acpi.interpreter.AmlException;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlMethod;
import dev.gpioint.acpi.interpreter.AmlNode;
import dev.gpioint.acpi.interpreter.AmlReference;
import dev.gpioint.acpi.interpreter.AmlValue;
import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.MethodBody;
import dev.gpioint.acpi.namespace.NamePaths;
import dev.gpioint.acpi.namespace.Namespace;
import java.util.ArrayList;
import java.util.List;

/**
 * What the PnP manager reads of each device, evaluated by the {@link AmlInterpreter}: {@code _HID},
 * {@code _CID}, {@code _UID}, {@code _STA}, {@code _CRS} and {@code _DSD}, whether each is a Name or a Method,
 * written into a {@link Namespace} as the values they evaluated to, so that {@link FirmwareAssembler} builds
 * the firmware exactly as for a board whose values are literal. A method that fails makes its device
 * defective with the interpreter's message (status, table, offset, method); the other devices are unaffected.
 * A device below a device that is neither present nor functioning is given {@code _STA} 0, since ACPI says
 * such children do not exist (ACPI 6.5 section 6.3.7). Stateless.
 */
final class InterpretedNamespace {
    private static final List<String> OBJECTS = List.of("_HID", "_CID", "_UID", "_STA", "_DSD", "_DEP", "_CRS");

    private InterpretedNamespace() {
    }

    static Namespace of(AmlInterpreter aml) {
        Namespace.Builder ns = Namespace.builder();
        var absent = new ArrayList<String>();
        for (AmlNode device : aml.devices()) {
            String path = device.path();
            ns.device(path);
            String hiddenBy = absent.stream().filter(a -> path.startsWith(a + ".")).findFirst().orElse(null);
            for (String name : OBJECTS) {
                AmlNode node = aml.find(path + "." + name).filter(n -> n.parent() == device).orElse(null);
                if (node == null) {
                    continue;
                }
                String objectPath = path + "." + name;
                if (name.equals("_STA") && hiddenBy != null) {
                    ns.object(objectPath, new AcpiObject.IntegerValue(0));
                    continue;
                }
                boolean method = node.value() instanceof AmlMethod;
                try {
                    AcpiObject value = convert(aml.evaluate(node));
                    // Only _CRS says where its value came from (a method or a Name); the others are read as values.
                    boolean keepOrigin = method && name.equals("_CRS");
                    ns.object(objectPath, keepOrigin ? new AcpiObject.MethodValue(((AmlMethod) node.value()).argumentCount(),
                            new MethodBody.Returns(value)) : value);
                    if (name.equals("_STA") && value instanceof AcpiObject.IntegerValue i && (i.value() & 0x09) == 0) {
                        absent.add(path);
                    }
                } catch (AmlException e) {
                    ns.defect(path, name + " failed: " + e.getMessage());
                    if (method && name.equals("_CRS")) {
                        ns.object(objectPath, new AcpiObject.MethodValue(((AmlMethod) node.value()).argumentCount(),
                                new MethodBody.NeedsEvaluation(e.table() + " offset 0x" + Integer.toHexString(e.offset()), new byte[0])));
                    }
                    if (name.equals("_STA")) {
                        // A device whose _STA fails is not present (ACPICA and Windows treat it so).
                        ns.object(objectPath, new AcpiObject.IntegerValue(0));
                        absent.add(path);
                    }
                }
            }
            if (hiddenBy != null && aml.find(path + "._STA").filter(n -> n.parent() == device).isEmpty()) {
                ns.object(path + "._STA", new AcpiObject.IntegerValue(0));
                absent.add(path);
            }
            aml.find(path + "._AEI").filter(n -> n.parent() == device).ifPresent(aei -> events(aml, ns, device, aei));
        }
        return ns.build();
    }

    /**
     * A GPIO controller's {@code _AEI} (ACPI 6.5 section 5.6.5): its GpioInt list becomes the resources of a
     * device of its own at the {@code _AEI} path, hardware ID {@link #EVENTS_ID}, present when the controller
     * is, so that an events driver can connect each pin as ACPI.sys does and run {@code _Exx}, {@code _Lxx} or
     * {@code _EVT} when it fires.
     */
    private static void events(AmlInterpreter aml, Namespace.Builder ns, AmlNode controller, AmlNode aei) {
        String path = aei.path();
        ns.device(path);
        ns.object(path + "._HID", new AcpiObject.StringValue(EVENTS_ID));
        try {
            AcpiObject value = convert(aml.evaluate(aei));
            ns.object(path + "._CRS", aei.value() instanceof AmlMethod m
                    ? new AcpiObject.MethodValue(m.argumentCount(), new MethodBody.Returns(value)) : value);
            var controllerStatus = aml.find(controller.path() + "._STA").filter(n -> n.parent() == controller);
            if (controllerStatus.isPresent()) {
                // The events exist as long as their controller does: the same _STA, evaluated again.
                try {
                    ns.object(path + "._STA", convert(aml.evaluate(controllerStatus.get())));
                } catch (AmlException e) {
                    ns.object(path + "._STA", new AcpiObject.IntegerValue(0));
                }
            }
        } catch (AmlException e) {
            ns.defect(path, "_AEI failed: " + e.getMessage());
        }
    }

    /** The hardware ID gpioint gives the GPIO-signaled event device of a controller's {@code _AEI}. */
    static final String EVENTS_ID = "ACPI_AEI";

    /** An interpreter value as the firmware model's immutable object; references become absolute names. */
    static AcpiObject convert(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> new AcpiObject.IntegerValue(i.value());
            case AmlValue.Str s -> new AcpiObject.StringValue(s.value());
            case AmlValue.Buffer b -> new AcpiObject.BufferValue(b.bytes(), "evaluated", 0);
            case AmlValue.Package p -> {
                var elements = new ArrayList<AcpiObject>(p.size());
                for (int i = 0; i < p.size(); i++) {
                    elements.add(convert(p.get(i)));
                }
                yield new AcpiObject.PackageValue(elements);
            }
            case AmlReference.ToNode n -> new AcpiObject.Reference(n.node().path(), NamePaths.ROOT);
            default -> new AcpiObject.Opaque(v.describe());
        };
    }
}
