/** Scenarios: timed actions on a simulated board, read from a small text format. */
package dev.gpioint.sim.scenario;
