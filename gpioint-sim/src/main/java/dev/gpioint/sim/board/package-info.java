/**
 * Simulated boards: hardware built from firmware descriptions through {@link
 * dev.gpioint.sim.board.SimulatedDeviceFactory} services, and the actions scenarios perform on it.
 */
package dev.gpioint.sim.board;
