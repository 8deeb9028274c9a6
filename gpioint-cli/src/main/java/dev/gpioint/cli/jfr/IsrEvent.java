package dev.gpioint.cli.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A JFR event for one ISR run, so JDK Mission Control shows ISRs on their threads. */
@Name("dev.gpioint.Isr")
@Label("ISR")
@Category({"gpioint", "Interrupts"})
@Description("An interrupt service routine ran")
public final class IsrEvent extends jdk.jfr.Event {
    @Label("Owner")
    public String owner;
    @Label("Source")
    public String source;
    @Label("Processor")
    public int processor;
    @Label("Claimed")
    public boolean claimed;
}
