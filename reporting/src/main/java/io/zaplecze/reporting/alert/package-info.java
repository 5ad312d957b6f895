/** Alerts: what a dispatcher, the warehouse or the front office must look at, raised once per fact. */
@NullMarked
package io.zaplecze.reporting.alert;

import org.jspecify.annotations.NullMarked;
