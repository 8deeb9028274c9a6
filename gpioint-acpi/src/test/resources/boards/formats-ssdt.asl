DefinitionBlock ("", "SSDT", 2, "GPIOIN", "EXTRA", 0x00000001)
{
    External (\_SB.GPO0, DeviceObj)
    Scope (\_SB)
    {
        Device (LED0)
        {
            Name (_HID, "SIML0001")
            Name (_CRS, ResourceTemplate () { GpioIo (Shared, PullNone, , , , "\\_SB.GPO0") { 20 } })
        }
    }
}
