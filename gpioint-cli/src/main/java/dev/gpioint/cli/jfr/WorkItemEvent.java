package dev.gpioint.cli.jfr;

import jdk.jfr.Category;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A JFR event for one passive work item run. */
@Name("dev.gpioint.WorkItem")
@Label("Work item")
@Category({"gpioint", "Interrupts"})
public final class WorkItemEvent extends jdk.jfr.Event {
    @Label("Name")
    public String name;
}
