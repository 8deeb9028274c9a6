package dev.gpioint.linux.selftest;

import dev.gpioint.linux.tools.Monitor;
import dev.gpioint.linux.tools.MonitorOptions;

/**
 * {@code java ... MonitorProcess CHIP LINE...}: the monitor as a process of its own, printing to a pipe as
 * gpiomon does, so the VM suite can time both the same way. The CLI's {@code gpioint monitor} calls the same
 * {@link Monitor}.
 */
public final class MonitorProcess {
    private MonitorProcess() {
    }

    public static void main(String[] args) {
        int[] lines = new int[args.length - 1];
        for (int i = 1; i < args.length; i++) {
            lines[i - 1] = Integer.parseInt(args[i]);
        }
        var result = new Monitor().run(args[0], lines, MonitorOptions.defaults(), System.out, System.err, () -> false);
        System.exit(result.exitCode());
    }
}
