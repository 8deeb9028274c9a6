/**
 * The PnP manager and the framework behind the driver APIs: device nodes and their lifecycle, driver
 * matching, resource translation, the resource hub, and the framework's device and interrupt objects.
 */
package dev.gpioint.pnp;
