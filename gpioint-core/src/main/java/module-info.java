/** gpioint's core: firmware and resource models, PnP manager, execution model, interrupts, GPIO class extension, driver APIs. */
module dev.gpioint.core {
    exports dev.gpioint.firmware;
    uses dev.gpioint.firmware.FirmwareFormat;
}
