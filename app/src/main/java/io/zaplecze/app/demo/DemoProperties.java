package io.zaplecze.app.demo;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo day, under {@code zaplecze.demo} (used only with the {@code demo} profile).
 *
 * @param zone the time zone whose today is the demo's operating day
 */
@ConfigurationProperties("zaplecze.demo")
public record DemoProperties(@DefaultValue("Europe/Warsaw") ZoneId zone) {
}
