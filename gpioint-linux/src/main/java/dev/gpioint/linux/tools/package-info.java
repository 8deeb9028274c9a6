/**
 * Plain entry points for the {@code gpioint} command on Linux: {@link dev.gpioint.linux.tools.ChipLister}
 * ({@code gpioint chips}), {@link dev.gpioint.linux.tools.Monitor} ({@code gpioint monitor}) and
 * {@link dev.gpioint.linux.tools.LinuxHardware} ({@code gpioint run --hardware linux}). They print to the
 * streams they are given and return exit codes; the CLI module owns argument parsing.
 */
package dev.gpioint.linux.tools;
