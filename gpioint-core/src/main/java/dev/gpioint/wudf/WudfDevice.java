package dev.gpioint.wudf;

import dev.gpioint.firmware.NamePath;
import dev.gpioint.status.NtStatusException;
import java.util.List;

/** A device as its UMDF-style driver sees it ({@code IWDFDevice3}). */
public interface WudfDevice {
    NamePath path();

    List<String> hardwareIds();

    /** {@code IWDFDevice3::CreateInterrupt}. */
    WudfInterrupt createInterrupt(WudfInterruptConfig config) throws NtStatusException;

    void report(String message);

    long nanoTime();
}
