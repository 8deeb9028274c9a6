/**
 * The resource model drivers see: {@code CM_PARTIAL_RESOURCE_DESCRIPTOR} semantics as immutable Java objects,
 * in raw and translated {@link dev.gpioint.resource.ResourceList}s that keep firmware order.
 */
package dev.gpioint.resource;
