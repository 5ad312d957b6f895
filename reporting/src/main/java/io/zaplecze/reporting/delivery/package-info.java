/**
 * The delivery read model: one fact per stop outcome ({@code DeliveryAttempted}) and the daily
 * rollup per site that reports sum.
 */
@NullMarked
package io.zaplecze.reporting.delivery;

import org.jspecify.annotations.NullMarked;
