/** gpioint's core: firmware and resource models, PnP manager, execution model, interrupts, GPIO class extension, driver APIs. */
module dev.gpioint.core {
    exports dev.gpioint.firmware;
    exports dev.gpioint.resource;
    exports dev.gpioint.status;
    exports dev.gpioint.kernel;
    uses dev.gpioint.firmware.FirmwareFormat;
}
