/**
 * The platform: the small shared kernel every module builds on, kept here by recorded decision
 * (see the root README, "Architecture"). It owns no domain concept: problem-detail errors, one
 * database schema per module with its own Flyway history, GeoJSON for JTS geometries and the
 * demo-day hook. Domain modules may depend on it; it depends on none of them.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package io.zaplecze.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
