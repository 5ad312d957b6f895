/**
 * CSV imports shared by the modules that own imported data (inventory, warehouse, routing): an
 * RFC 4180 reader, a row reader that collects errors instead of failing on the first, the report
 * and the all-or-nothing rejection. No domain rule.
 */
@NullMarked
package io.zaplecze.platform.csv;

import org.jspecify.annotations.NullMarked;
