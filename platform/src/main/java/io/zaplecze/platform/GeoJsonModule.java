package io.zaplecze.platform;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * GeoJSON (RFC 7946) for JTS geometries on the Jackson 3 mapper that serves Spring MVC: there is no
 * published Jackson 3 module for JTS. Coordinates are {@code [lon, lat]} in WGS 84 (SRID 4326).
 * Reads Point, LineString and Polygon; writes those plus MultiPoint and MultiLineString.
 */
public class GeoJsonModule extends SimpleModule {

	/** The factory every module should use for WGS 84 geometries. */
	public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	public GeoJsonModule() {
		super("zaplecze-geojson");
		addSerializer(Geometry.class, new GeometrySerializer());
		addDeserializer(Geometry.class, new GeometryDeserializer<>(Geometry.class));
		addDeserializer(Point.class, new GeometryDeserializer<>(Point.class));
		addDeserializer(LineString.class, new GeometryDeserializer<>(LineString.class));
		addDeserializer(Polygon.class, new GeometryDeserializer<>(Polygon.class));
	}

	static final class GeometrySerializer extends ValueSerializer<Geometry> {

		@Override
		public void serialize(Geometry geometry, JsonGenerator gen, SerializationContext ctxt) {
			gen.writeStartObject();
			gen.writeStringProperty("type", geometry.getGeometryType());
			gen.writeName("coordinates");
			switch (geometry) {
				case Point point -> writePosition(gen, point.getCoordinate());
				case LineString line -> writePositions(gen, line.getCoordinates());
				case Polygon polygon -> {
					gen.writeStartArray();
					writePositions(gen, polygon.getExteriorRing().getCoordinates());
					for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
						writePositions(gen, polygon.getInteriorRingN(i).getCoordinates());
					}
					gen.writeEndArray();
				}
				case MultiPoint points -> writePositions(gen, points.getCoordinates());
				case MultiLineString lines -> {
					gen.writeStartArray();
					for (int i = 0; i < lines.getNumGeometries(); i++) {
						writePositions(gen, lines.getGeometryN(i).getCoordinates());
					}
					gen.writeEndArray();
				}
				default -> throw new IllegalArgumentException(
						"GeoJSON output not supported for " + geometry.getGeometryType());
			}
			gen.writeEndObject();
		}

		private static void writePositions(JsonGenerator gen, Coordinate[] coordinates) {
			gen.writeStartArray();
			for (Coordinate c : coordinates) {
				writePosition(gen, c);
			}
			gen.writeEndArray();
		}

		private static void writePosition(JsonGenerator gen, Coordinate c) {
			gen.writeStartArray();
			gen.writeNumber(c.getX());
			gen.writeNumber(c.getY());
			gen.writeEndArray();
		}

	}

	static final class GeometryDeserializer<T extends Geometry> extends ValueDeserializer<T> {

		private final Class<T> type;

		GeometryDeserializer(Class<T> type) {
			this.type = type;
		}

		@Override
		public T deserialize(JsonParser parser, DeserializationContext ctxt) {
			JsonNode node = ctxt.readTree(parser);
			JsonNode typeNode = node.get("type");
			JsonNode coordinates = node.get("coordinates");
			if (typeNode == null || coordinates == null || !coordinates.isArray()) {
				throw new IllegalArgumentException("GeoJSON geometry needs 'type' and 'coordinates'");
			}
			Geometry geometry = switch (typeNode.asString()) {
				case "Point" -> WGS84.createPoint(position(coordinates));
				case "LineString" -> WGS84.createLineString(positions(coordinates));
				case "Polygon" -> {
					LinearRing shell = WGS84.createLinearRing(positions(coordinates.get(0)));
					LinearRing[] holes = new LinearRing[coordinates.size() - 1];
					for (int i = 1; i < coordinates.size(); i++) {
						holes[i - 1] = WGS84.createLinearRing(positions(coordinates.get(i)));
					}
					yield WGS84.createPolygon(shell, holes);
				}
				default -> throw new IllegalArgumentException("Unsupported GeoJSON type " + typeNode.asString());
			};
			if (!this.type.isInstance(geometry)) {
				throw new IllegalArgumentException(
						"Expected GeoJSON " + this.type.getSimpleName() + " but got " + geometry.getGeometryType());
			}
			return this.type.cast(geometry);
		}

		private static Coordinate[] positions(JsonNode array) {
			Coordinate[] result = new Coordinate[array.size()];
			for (int i = 0; i < array.size(); i++) {
				result[i] = position(array.get(i));
			}
			return result;
		}

		private static Coordinate position(JsonNode pair) {
			if (pair == null || pair.size() < 2) {
				throw new IllegalArgumentException("A GeoJSON position is [lon, lat]");
			}
			double lon = pair.get(0).asDouble();
			double lat = pair.get(1).asDouble();
			if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
				throw new IllegalArgumentException("Position out of range: [" + lon + ", " + lat + "]");
			}
			return new Coordinate(lon, lat);
		}

	}

}
