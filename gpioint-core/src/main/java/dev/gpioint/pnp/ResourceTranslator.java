package dev.gpioint.pnp;

import dev.gpioint.firmware.DmaChannel;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.IoPortRange;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.OpaqueResource;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.gpio.GpioController;
import dev.gpioint.kernel.InterruptManager;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.PrimaryAssignment;
import dev.gpioint.resource.ConnectionType;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceData;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.resource.ShareDisposition;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a device's firmware resources into its raw and translated resource lists, in firmware order:
 * <ul>
 *   <li>{@code Interrupt()}: one interrupt descriptor per number; raw level and vector are the GSIV, translated
 *       ones the DIRQL and vector the HAL assigned;</li>
 *   <li>{@code GpioInt}: an interrupt descriptor flagged SECONDARY_INTERRUPT (and LATCHED for edge, WAKE_HINT for
 *       wake) in both lists; raw level and vector are the secondary GSIV the GPIO hub allocated for the pin,
 *       translated vector the same GSIV and translated level the controller's DIRQL;</li>
 *   <li>{@code GpioIo} and serial buses: connection descriptors whose ID the resource hub maps back;</li>
 *   <li>memory, I/O ports and DMA: the same range in both lists (no bus translation on this machine);</li>
 *   <li>pin function/configuration and other descriptors drivers do not receive: left out.</li>
 * </ul>
 * Windows does not document the raw values of a secondary interrupt; these are gpioint's choice.
 */
final class ResourceTranslator {
    private final Machine machine;
    private final ResourceHub hub;
    private final Function<NamePath, Optional<GpioController>> controllers;

    ResourceTranslator(Machine machine, ResourceHub hub, Function<NamePath, Optional<GpioController>> controllers) {
        this.machine = machine;
        this.hub = hub;
        this.controllers = controllers;
    }

    TranslatedResources translate(FirmwareDevice device) {
        var raw = new ArrayList<ResourceDescriptor>();
        var translated = new ArrayList<ResourceDescriptor>();
        var sources = new ArrayList<FirmwareResource>();
        var allocatedPins = new ArrayList<GpioInt>();
        long any = machine.allProcessorsAffinity();
        try {
            int position = 0;
            for (FirmwareResource resource : device.resources()) {
                position++;
                String where = resource.kind() + " #" + position;
                switch (resource) {
                    case GpioInt gpio -> {
                        GpioController controller = controllers.apply(gpio.controller()).orElseThrow(() -> new NtStatusException(
                                NtStatus.DEVICE_CONFIGURATION_ERROR, where + " names " + gpio.controller() + ", which is not a started GPIO controller"));
                        long gsiv = controller.allocatePin(gpio, device.path());
                        allocatedPins.add(gpio);
                        hub.recordGpioInterrupt(gsiv, gpio.controller(), gpio.pin(), gpio);
                        int flags = InterruptFlags.SECONDARY_INTERRUPT | latched(gpio.mode()) | (gpio.wake() ? InterruptFlags.WAKE_HINT : 0);
                        ShareDisposition share = share(gpio.sharing());
                        raw.add(ResourceDescriptor.interrupt(share, flags, (int) gsiv, (int) gsiv, any));
                        translated.add(ResourceDescriptor.interrupt(share, flags, controller.irql(gpio.pin()), (int) gsiv, any));
                        sources.add(gpio);
                    }
                    case Interrupt interrupt -> {
                        if (interrupt.resourceSource().isPresent()) {
                            throw new NtStatusException(NtStatus.NOT_SUPPORTED, where + " names interrupt controller "
                                    + interrupt.resourceSource().get() + ": only the primary interrupt controller is supported");
                        }
                        int flags = latched(interrupt.mode()) | (interrupt.wake() ? InterruptFlags.WAKE_HINT : 0);
                        ShareDisposition share = share(interrupt.sharing());
                        for (long gsiv : interrupt.gsivs()) {
                            if (gsiv >= InterruptManager.SECONDARY_GSIV_BASE) {
                                throw new NtStatusException(NtStatus.INVALID_PARAMETER, where + ": GSIV " + gsiv + " is beyond the primary controller");
                            }
                            PrimaryAssignment assigned;
                            try {
                                assigned = machine.interrupts().assignPrimary(gsiv, interrupt.mode(), interrupt.polarity());
                            } catch (NtStatusException e) {
                                throw new NtStatusException(e.status(), where + ": " + e.reason());
                            }
                            raw.add(ResourceDescriptor.interrupt(share, flags, (int) gsiv, (int) gsiv, any));
                            translated.add(ResourceDescriptor.interrupt(share, flags, assigned.irql(), assigned.vector(), assigned.affinity()));
                            sources.add(interrupt);
                        }
                    }
                    case GpioIo io -> addConnection(device, io, ConnectionType.GPIO_IO, io.sharing(), raw, translated, sources);
                    case I2cSerialBus i2c -> addConnection(device, i2c, ConnectionType.SERIAL_I2C, i2c.sharing(), raw, translated, sources);
                    case SpiSerialBus spi -> addConnection(device, spi, ConnectionType.SERIAL_SPI, spi.sharing(), raw, translated, sources);
                    case UartSerialBus uart -> addConnection(device, uart, ConnectionType.SERIAL_UART, uart.sharing(), raw, translated, sources);
                    case MemoryRange memory -> addSame(new ResourceDescriptor(ResourceType.MEMORY, ShareDisposition.DEVICE_EXCLUSIVE,
                            memory.writable() ? 0 : 1, new ResourceData.RangeData(memory.base(), memory.length())), memory, raw, translated, sources);
                    case IoPortRange port -> addSame(new ResourceDescriptor(ResourceType.PORT, ShareDisposition.DEVICE_EXCLUSIVE, 0,
                            new ResourceData.RangeData(port.base(), port.length())), port, raw, translated, sources);
                    case DmaChannel dma -> addSame(new ResourceDescriptor(ResourceType.DMA, ShareDisposition.DEVICE_EXCLUSIVE, 0,
                            new ResourceData.DmaData(dma.channel(), 0)), dma, raw, translated, sources);
                    case OpaqueResource ignored -> {
                        // Not a resource a driver receives (pin function/configuration, vendor descriptors).
                    }
                }
            }
        } catch (NtStatusException failure) {
            for (GpioInt pin : allocatedPins) {
                controllers.apply(pin.controller()).ifPresent(c -> c.releasePin(pin.pin(), device.path()));
            }
            throw failure;
        }
        return new TranslatedResources(ResourceList.of(raw), ResourceList.of(translated), sources);
    }

    private void addConnection(FirmwareDevice device, FirmwareResource resource, ConnectionType type, Sharing sharing,
                               List<ResourceDescriptor> raw, List<ResourceDescriptor> translated, List<FirmwareResource> sources) {
        long id = hub.register(device.path(), resource);
        raw.add(ResourceDescriptor.connection(share(sharing), type, id));
        translated.add(ResourceDescriptor.connection(share(sharing), type, id));
        sources.add(resource);
    }

    private static void addSame(ResourceDescriptor descriptor, FirmwareResource source, List<ResourceDescriptor> raw,
                                List<ResourceDescriptor> translated, List<FirmwareResource> sources) {
        raw.add(descriptor);
        translated.add(descriptor.copy());
        sources.add(source);
    }

    private static int latched(InterruptMode mode) {
        return mode == InterruptMode.EDGE ? InterruptFlags.LATCHED : InterruptFlags.LEVEL_SENSITIVE;
    }

    private static ShareDisposition share(Sharing sharing) {
        return sharing == Sharing.SHARED ? ShareDisposition.SHARED : ShareDisposition.DEVICE_EXCLUSIVE;
    }
}
