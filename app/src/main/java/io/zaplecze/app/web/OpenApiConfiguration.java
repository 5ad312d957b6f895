package io.zaplecze.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version and security schemes, and GeoJSON schemas for the JTS
 * geometry types (springdoc would otherwise describe JTS's Java properties).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		ObjectSchema geometry = new ObjectSchema();
		geometry.setDescription("A GeoJSON geometry (RFC 7946); coordinates are [lon, lat] in WGS 84.");
		geometry.addProperty("type", new StringSchema().example("Point"));
		geometry.addProperty("coordinates", new ArraySchema().items(new Schema<>()).example(java.util.List.of(21.0122, 52.2297)));
		for (Class<?> type : java.util.List.of(Geometry.class, Point.class, LineString.class, Polygon.class,
				MultiLineString.class)) {
			SpringDocUtils.getConfig().replaceWithSchema(type, geometry);
		}
	}

	@Bean
	OpenAPI zapleczeOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() != null ? build.getIfAvailable().getVersion() : "dev";
		return new OpenAPI()
			.info(new Info().title("Zaplecze API")
				.version(version)
				.description("Logistics back office: inventory, warehouse, routing and tracking. "
						+ "Errors are RFC 9457 problem details; geometry is GeoJSON; instants are UTC.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
