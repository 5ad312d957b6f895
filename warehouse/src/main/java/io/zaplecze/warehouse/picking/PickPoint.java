package io.zaplecze.warehouse.picking;

/**
 * A place a picker stops at: an aisle (index into {@link AisleLayout#aisleX()}) and the position
 * along it. Bins on both sides of an aisle at the same depth are the same stop.
 *
 * @param aisle aisle index
 * @param y position along the aisle, between the cross-aisles
 */
public record PickPoint(int aisle, double y) {
}
