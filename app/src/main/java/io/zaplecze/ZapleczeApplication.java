package io.zaplecze;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Zaplecze application: wires the inventory, warehouse, routing and tracking modules (each an
 * application module in {@code io.zaplecze.<module>}) into one service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZapleczeApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZapleczeApplication.class, args);
	}

}
