package dev.gpioint.linux.selftest;

import dev.gpioint.linux.tools.ChipLister;
import java.util.List;

/** {@code java ... ChipsProcess [CHIP...]}: {@code gpioint chips} as a process, for the VM's permission check. */
public final class ChipsProcess {
    private ChipsProcess() {
    }

    public static void main(String[] args) {
        System.exit(new ChipLister().list(List.of(args), true, System.out, System.err));
    }
}
