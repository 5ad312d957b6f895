/** CSV imports of products and opening stock, all-or-nothing with a per-row error report. */
@NullMarked
package io.zaplecze.inventory.imports;

import org.jspecify.annotations.NullMarked;
