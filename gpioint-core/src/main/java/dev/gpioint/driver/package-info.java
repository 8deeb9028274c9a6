/** What every driver shares: its identity, the hardware IDs it serves and the resource layout it expects. */
package dev.gpioint.driver;
