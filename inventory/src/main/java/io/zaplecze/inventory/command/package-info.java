/** Idempotency keys of every inventory command and the retry of commands that lost a lock race. */
@NullMarked
package io.zaplecze.inventory.command;

import org.jspecify.annotations.NullMarked;
