package io.zaplecze;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the reporting module alone in its tests: a library module has no application class of its
 * own, and {@code @ApplicationModuleTest} looks for one in {@code io.zaplecze}.
 */
@SpringBootApplication
public class ReportingTestApplication {

}
