package dev.gpioint.acpi.interpreter;

import java.util.Set;

/**
 * The strings {@code _OSI} answers true to. Firmware picks code paths by them (an {@code If (_OSI ("Windows
 * 2015"))} around a GpioInt is common), so what a device gets depends on which OS the interpreter says it is.
 */
public final class OsInterfaces {
    private OsInterfaces() {
    }

    private static final Set<String> WINDOWS_10_2019 = Set.of("Windows 2000", "Windows 2001", "Windows 2001 SP1",
            "Windows 2001.1", "Windows 2001 SP2", "Windows 2001.1 SP1", "Windows 2006", "Windows 2006 SP1", "Windows 2006 SP2",
            "Windows 2006.1", "Windows 2009", "Windows 2012", "Windows 2013", "Windows 2015", "Windows 2016",
            "Windows 2017", "Windows 2017.2", "Windows 2018", "Windows 2018.2", "Windows 2019");

    /**
     * Windows 11 (22H2 and later): every Windows version string up to "Windows 2022", as Microsoft's "How to
     * identify the Windows version in ACPI by using _OSI" lists them. Windows answers no feature strings.
     */
    public static final Set<String> WINDOWS_11 = union(WINDOWS_10_2019, Set.of("Windows 2020", "Windows 2021", "Windows 2022"));

    /**
     * What ACPICA 20200925 (Debian's {@code acpiexec}, the oracle of the interpreter tests) answers: the Windows
     * strings up to "Windows 2019" and none of the feature strings.
     */
    public static final Set<String> ACPICA_20200925 = WINDOWS_10_2019;

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
