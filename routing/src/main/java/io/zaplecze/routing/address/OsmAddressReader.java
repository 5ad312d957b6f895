package io.zaplecze.routing.address;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.jspecify.annotations.Nullable;

/**
 * Reads the addresses of an OSM file ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz}) with
 * GraphHopper's reader: nodes with {@code addr:housenumber} + {@code addr:street} (or
 * {@code addr:place}) at their position, ways (buildings) with them at the mean of their nodes.
 * Two passes, so that only the nodes of address ways are kept in memory.
 */
final class OsmAddressReader {

	/** An address as the map spells it. */
	record OsmAddress(String street, String houseNumber, @Nullable String postcode, @Nullable String city, double lat,
			double lon) {
	}

	private OsmAddressReader() {
	}

	static List<OsmAddress> read(Path file) throws IOException {
		List<OsmAddress> addresses = new ArrayList<>();
		LongObjectHashMap<ReaderWay> ways = new LongObjectHashMap<>();
		LongHashSet wanted = new LongHashSet();
		each(file, new SkipOptions(true, false, true), element -> {
			if (element instanceof ReaderWay way && isAddress(way) && way.getNodes().size() > 0) {
				ways.put(way.getId(), way);
				LongArrayList nodes = way.getNodes();
				for (int i = 0; i < nodes.size(); i++) {
					wanted.add(nodes.get(i));
				}
			}
		});
		LongObjectHashMap<double[]> coordinates = new LongObjectHashMap<>();
		each(file, new SkipOptions(false, true, true), element -> {
			if (element instanceof ReaderNode node) {
				if (wanted.contains(node.getId())) {
					coordinates.put(node.getId(), new double[] { node.getLat(), node.getLon() });
				}
				if (isAddress(node)) {
					addresses.add(address(node, node.getLat(), node.getLon()));
				}
			}
		});
		for (var cursor : ways) {
			LongArrayList nodes = cursor.value.getNodes();
			double lat = 0;
			double lon = 0;
			int n = 0;
			// A closed way repeats its first node: count it once.
			int last = (nodes.size() > 1 && nodes.get(0) == nodes.get(nodes.size() - 1)) ? nodes.size() - 1 : nodes.size();
			for (int i = 0; i < last; i++) {
				double[] c = coordinates.get(nodes.get(i));
				if (c != null) {
					lat += c[0];
					lon += c[1];
					n++;
				}
			}
			if (n > 0) {
				addresses.add(address(cursor.value, lat / n, lon / n));
			}
		}
		return addresses;
	}

	private static boolean isAddress(ReaderElement e) {
		return e.hasTag("addr:housenumber") && (e.hasTag("addr:street") || e.hasTag("addr:place"));
	}

	private static OsmAddress address(ReaderElement e, double lat, double lon) {
		String street = e.hasTag("addr:street") ? e.getTag("addr:street") : e.getTag("addr:place");
		return new OsmAddress(street, e.getTag("addr:housenumber"), e.getTag("addr:postcode"), e.getTag("addr:city"), lat,
				lon);
	}

	private static void each(Path file, SkipOptions skip, Consumer<ReaderElement> action) throws IOException {
		OSMInputFile in = new OSMInputFile(file.toFile()).setWorkerThreads(1).setSkipOptions(skip);
		try {
			in.open();
			ReaderElement element;
			while ((element = in.getNext()) != null) {
				action.accept(element);
			}
		}
		catch (javax.xml.stream.XMLStreamException ex) {
			throw new IOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			in.close();
		}
	}

}
