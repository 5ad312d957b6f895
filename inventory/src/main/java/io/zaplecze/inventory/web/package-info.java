/** Web plumbing shared by the inventory controllers: paging. */
@NullMarked
package io.zaplecze.inventory.web;

import org.jspecify.annotations.NullMarked;
