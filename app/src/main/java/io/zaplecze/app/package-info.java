/**
 * The application shell: security, demo day and configuration. Holds no domain rules; it may use
 * every module's API.
 */
@ApplicationModule(displayName = "Application")
@NullMarked
package io.zaplecze.app;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
