/**
 * Orders inventory knows, reservations allocated by rotation policy, backorders, release and
 * consumption on pick, and the shortfalls when promised stock turns out to be missing.
 */
@NullMarked
package io.zaplecze.inventory.reservation;

import org.jspecify.annotations.NullMarked;
