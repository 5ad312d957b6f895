/**
 * The books: lots, current stock per (lot, location) and the append-only movement ledger, always
 * written together (one statement per posting), and the reconciliation that proves they agree.
 */
@NullMarked
package io.zaplecze.inventory.ledger;

import org.jspecify.annotations.NullMarked;
