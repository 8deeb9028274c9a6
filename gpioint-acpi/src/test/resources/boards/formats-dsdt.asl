/*
 * A board exercising what the ASL compiler and the AML reader must agree on. Test fixture only.
 */
DefinitionBlock ("", "DSDT", 2, "GPIOIN", "FORMATS", 0x00000001)
{
    Scope (\_SB)
    {
        Device (GPO0)                                   // the SoC GPIO controller
        {
            Name (_HID, "GPSM0001")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED00000, 0x00000400)
                Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive, ,, ) {50}
            })
        }

        Device (I2C1)
        {
            Name (_HID, EISAID ("PNP0C50"))
            Name (_CID, Package () { "ACPI0C50", EISAID ("PNP0A05") })
            Name (_UID, "bus-1")
            Name (_STA, 0x0B)
        }

        Device (TCH0)                                   // I2C-HID touch controller, method _CRS
        {
            Name (_HID, "SIMT0001")
            Name (_CID, "PNP0C50")
            Method (_CRS, 0, NotSerialized)
            {
                Name (RBUF, ResourceTemplate ()
                {
                    I2cSerialBusV2 (0x0010, ControllerInitiated, 400000, AddressingMode7Bit, "\\_SB.I2C1", 0x00,
                        ResourceConsumer, , Exclusive, )
                    GpioInt (Level, ActiveLow, ExclusiveAndWake, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,
                        RawDataBuffer (0x01) { 0x02 }) { 0x0007 }
                })
                Return (RBUF)
            }
            Name (_DSD, Package ()
            {
                ToUUID ("daffd814-6eba-4d8c-8a91-bc9bbf4aa301"),
                Package ()
                {
                    Package () { "reset-gpios", Package () { ^TCH0, 1, 0, 0 } },
                    Package () { "touchscreen-size-x", 1920 },
                    Package () { "compatible", "sim,touch" },
                }
            })
        }

        Device (BTN0)                                   // buttons: named buffer returned by _CRS
        {
            Name (_HID, "ACPI0011")
            Name (BUF0, ResourceTemplate ()
            {
                GpioInt (Edge, ActiveBoth, Exclusive, PullDefault, 0x01F4, "GPO0") { 3 }
                GpioInt (Edge, ActiveLow, SharedAndWake, PullNone, 0x0000, "\\_SB.GPO0") { 4 }
                GpioIo (Exclusive, PullDown, 0, 0x64, IoRestrictionOutputOnly, "\\_SB.GPO0") { 10, 11 }
            })
            Method (_CRS) { Return (BUF0) }
        }

        Device (ACC0)                                   // a _CRS that needs an interpreter
        {
            Name (_HID, "SIMA0001")
            Method (_CRS, 0, Serialized)
            {
                Name (RBUF, ResourceTemplate () { I2cSerialBusV2 (0x19, , 100000, , "\\_SB.I2C1") })
                If (One) { Return (RBUF) }
                Return (ResourceTemplate () {})
            }
        }

        Device (BAD0)                                   // the core model rejects this one: 7-bit address 0x90
        {
            Name (_HID, "SIMB0002")
            Name (_CRS, ResourceTemplate () { I2cSerialBusV2 (0x90, , 100000, , "\\_SB.I2C1") })
        }
    }
}
