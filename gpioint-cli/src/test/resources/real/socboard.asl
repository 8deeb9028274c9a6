DefinitionBlock ("", "DSDT", 2, "TEST", "REAL", 1) {
  Scope (\_SB) {
    Device (GIO0) {
      Name (_HID, "QCOM0C0C")
      Name (_CRS, ResourceTemplate () {
        Memory32Fixed (ReadWrite, 0x0F100000, 0x00300000)
        Interrupt (ResourceConsumer, Level, ActiveHigh, Shared) { 240 }
        Interrupt (ResourceConsumer, Level, ActiveHigh, Shared) { 240 }
        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 241 }
      })
    }
    Device (PM01) {
      Name (_HID, "QCOM0C2D")
      Name (_CRS, ResourceTemplate () {
        Interrupt (ResourceConsumer, Level, ActiveHigh, SharedAndWake) { 513 }
      })
    }
    Device (I2C1) {
      Name (_HID, "QCOM0C10")
      Name (_CRS, ResourceTemplate () {
        Memory32Fixed (ReadWrite, 0x00980000, 0x4000)
        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 600 }
      })
    }
    Device (SENS) {
      Name (_HID, "ABCD0001")
      Name (_CRS, ResourceTemplate () {
        GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0, "\\_SB.GIO0") { 130 }
        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 300 }
      })
    }
    Device (BTNS) {
      Name (_HID, "ACPI0011")
      Name (_CRS, ResourceTemplate () {
        GpioInt (Edge, ActiveBoth, ExclusiveAndWake, PullDown, 0, "\\_SB.PM01") { 7 }
        GpioInt (Edge, ActiveBoth, Exclusive, PullUp, 0, "\\_SB.PM01") { 198 }
      })
      Name (_DSD, Package (2) {
        ToUUID ("fa6bd625-9ce8-470d-a2c7-b3ca36c4282e"),
        Package (3) {
          Package (5) { 0, 1, 0, 0x01, 0x0D },
          Package (5) { 1, 0, 1, 0x01, 0x81 },
          Package (5) { 1, 1, 1, 0x0C, 0xE9 }
        }
      })
    }
    Device (TPD0) {
      Name (_HID, "ELAN0001")
      Name (_CID, "PNP0C50")
      Name (_CRS, ResourceTemplate () {
        GpioInt (Level, ActiveLow, Exclusive, PullUp, 0, "\\_SB.GIO0") { 64 }
        I2cSerialBusV2 (0x15, ControllerInitiated, 400000, AddressingMode7Bit, "\\_SB.I2C1", 0, ResourceConsumer, , Exclusive, )
      })
    }
    Device (BEYD) {
      Name (_HID, "ABCD0002")
      Name (_CRS, ResourceTemplate () {
        GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\_SB.GIO0") { 200 }
      })
    }
    Device (GHST) {
      Name (_HID, "ABCD0003")
      Name (_CRS, ResourceTemplate () {
        GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\_SB.PM09") { 1 }
      })
    }
    Device (DUPE) {
      Name (_HID, "ABCD0004")
      Name (_CRS, ResourceTemplate () {
        GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0, "\\_SB.GIO0") { 130 }
      })
    }
    Device (DEPA) {
      Name (_HID, "ABCD0005")
      Name (_DEP, Package () { \_SB.DEPB })
    }
    Device (DEPB) {
      Name (_HID, "ABCD0006")
      Name (_DEP, Package () { \_SB.DEPA })
    }
  }
}
