/** Cycle counts: a task per location; a variance posts a COUNT ledger entry with the counted quantity and reason. */
@NullMarked
package io.zaplecze.inventory.count;

import org.jspecify.annotations.NullMarked;
