package dev.gpioint.cli.jfr;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A JFR event for one DPC run. */
@Name("dev.gpioint.Dpc")
@Label("DPC")
@Category({"gpioint", "Interrupts"})
public final class DpcEvent extends jdk.jfr.Event {
    @Label("Name")
    public String name;
    @Label("Processor")
    public int processor;
}
