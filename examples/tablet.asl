/*
 * tablet: a small tablet for gpioint.
 *
 *   \_SB.GPO0  SoC GPIO controller (SimGpio: 4 banks x 32 pins, memory-mapped, one interrupt per bank)
 *   \_SB.I2C1  I2C controller
 *   \_SB.GPX0  I2C GPIO expander (2 banks x 8 pins) on I2C1 at 0x20; its interrupt is SoC pin 10 (a cascade)
 *   \_SB.BTNS  Windows button array: power, Windows, volume up, volume down, rotation lock (SoC pins 0-4)
 *   \_SB.TCPD  HID-over-I2C touch controller on I2C1 at 0x10; attention on SoC pin 12
 *   \_SB.ACCL  I2C accelerometer at 0x1D; data-ready and activity on expander pins 0 and 1
 *   \_SB.SNS1  a sensor wired straight to interrupt-controller lines 60 and 61
 *
 * The order of interrupts in each _CRS is the order its driver receives them.
 */
DefinitionBlock ("tablet.aml", "DSDT", 2, "GPIOIN", "TABLET", 0x00000001)
{
    Scope (\_SB)
    {
        Device (GPO0)
        {
            Name (_HID, "GPSM0001")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED00000, 0x00000100)
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 40 }
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 41 }
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 42 }
                Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 43 }
            })
        }

        Device (I2C1)
        {
            Name (_HID, "SMI2C001")
            Name (_UID, 1)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED30000, 0x00000200)
            })
        }

        Device (GPX0)
        {
            Name (_HID, "SMGX0001")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                I2cSerialBusV2 (0x0020, ControllerInitiated, 400000, AddressingMode7Bit, "\\_SB.I2C1", 0x00, ResourceConsumer, , Exclusive, )
                GpioInt (Level, ActiveLow, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 10 }
            })
        }

        // Power, Windows, Volume Up, Volume Down, Rotation Lock: in this order, each Edge ActiveBoth.
        Device (BTNS)
        {
            Name (_HID, "PNP0C40")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                GpioInt (Edge, ActiveBoth, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 0 }
                GpioInt (Edge, ActiveBoth, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 1 }
                GpioInt (Edge, ActiveBoth, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 2 }
                GpioInt (Edge, ActiveBoth, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 3 }
                GpioInt (Edge, ActiveBoth, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 4 }
            })
        }

        Device (TCPD)
        {
            Name (_HID, "PNP0C50")
            Name (_CID, "ACPI\\PNP0C50")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                I2cSerialBusV2 (0x0010, ControllerInitiated, 400000, AddressingMode7Bit, "\\_SB.I2C1", 0x00, ResourceConsumer, , Exclusive, )
                GpioInt (Level, ActiveLow, Exclusive, PullUp, 0x0000, "\\_SB.GPO0", 0x00, ResourceConsumer, ,) { 12 }
            })
        }

        // Data-ready, then activity: the driver tells them apart by this order.
        Device (ACCL)
        {
            Name (_HID, "SMAC0001")
            Name (_UID, 0)
            Name (_CRS, ResourceTemplate ()
            {
                I2cSerialBusV2 (0x001D, ControllerInitiated, 400000, AddressingMode7Bit, "\\_SB.I2C1", 0x00, ResourceConsumer, , Exclusive, )
                GpioInt (Level, ActiveHigh, Exclusive, PullDown, 0x0000, "\\_SB.GPX0", 0x00, ResourceConsumer, ,) { 0 }
                GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0x0000, "\\_SB.GPX0", 0x00, ResourceConsumer, ,) { 1 }
            })
        }

        Device (SNS1)
        {
            Name (_HID, "SMSN0001")
            Name (_UID, 1)
            Name (_CRS, ResourceTemplate ()
            {
                Memory32Fixed (ReadWrite, 0xFED20000, 0x00000010)
                Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 60 }
                Interrupt (ResourceConsumer, Edge, ActiveLow, Exclusive) { 61 }
            })
        }
    }
}
