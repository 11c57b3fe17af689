package be.numedu.shared.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The outlines of Belgium's municipalities, decoded once from the TopoJSON shipped with numedu (CC0), to draw small
 * maps without a tile server or any script. TopoJSON stores shared borders once as quantised, delta-encoded arcs;
 * decoding them takes a few lines, and no maintained Java library reads the format. Decoded when a map is first
 * drawn, not at start.
 */
@Component
@Lazy
public class Municipalities {

	/** A municipality's outline: one or more closed rings of (longitude, latitude) points. */
	public record Outline(String nis, String name, List<double[][]> rings, double minLon, double minLat, double maxLon,
			double maxLat) {

		boolean intersects(double west, double south, double east, double north) {
			return minLon <= east && maxLon >= west && minLat <= north && maxLat >= south;
		}
	}

	private final List<Outline> outlines;

	public Municipalities(ObjectMapper json) {
		try (InputStream input = new ClassPathResource("geo/belgium-municipalities.topojson").getInputStream()) {
			this.outlines = decode(json.readTree(input));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<Outline> within(double west, double south, double east, double north) {
		return outlines.stream().filter(o -> o.intersects(west, south, east, north)).toList();
	}

	private static List<Outline> decode(JsonNode topology) {
		JsonNode transform = topology.get("transform");
		double scaleX = transform.get("scale").get(0).asDouble();
		double scaleY = transform.get("scale").get(1).asDouble();
		double translateX = transform.get("translate").get(0).asDouble();
		double translateY = transform.get("translate").get(1).asDouble();
		List<double[][]> arcs = new ArrayList<>();
		for (JsonNode arc : topology.get("arcs")) {
			double[][] points = new double[arc.size()][2];
			long x = 0;
			long y = 0;
			for (int i = 0; i < arc.size(); i++) {
				x += arc.get(i).get(0).asLong();
				y += arc.get(i).get(1).asLong();
				points[i][0] = x * scaleX + translateX;
				points[i][1] = y * scaleY + translateY;
			}
			arcs.add(points);
		}
		List<Outline> result = new ArrayList<>();
		for (JsonNode geometry : topology.get("objects").get("municipalities").get("geometries")) {
			List<JsonNode> polygons = new ArrayList<>();
			if ("Polygon".equals(geometry.get("type").asString())) {
				polygons.add(geometry.get("arcs"));
			}
			else {
				geometry.get("arcs").forEach(polygons::add);
			}
			List<double[][]> rings = new ArrayList<>();
			for (JsonNode polygon : polygons) {
				for (JsonNode ring : polygon) {
					rings.add(ring(ring, arcs));
				}
			}
			double[] box = bounds(rings);
			JsonNode properties = geometry.get("properties");
			result.add(new Outline(properties.get("nis").asString(), properties.get("name_fr").asString(), rings,
					box[0], box[1], box[2], box[3]));
		}
		return List.copyOf(result);
	}

	/** Joins a ring's arcs; an arc index {@code ~i} means arc {@code i} reversed, and joined arcs share one point. */
	private static double[][] ring(JsonNode indices, List<double[][]> arcs) {
		List<double[]> points = new ArrayList<>();
		for (JsonNode index : indices) {
			int i = index.asInt();
			double[][] arc = arcs.get(i >= 0 ? i : ~i);
			for (int k = 0; k < arc.length; k++) {
				double[] point = arc[i >= 0 ? k : arc.length - 1 - k];
				if (k > 0 || points.isEmpty()) {
					points.add(point);
				}
			}
		}
		return points.toArray(new double[0][]);
	}

	private static double[] bounds(List<double[][]> rings) {
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (double[][] ring : rings) {
			for (double[] p : ring) {
				box[0] = Math.min(box[0], p[0]);
				box[1] = Math.min(box[1], p[1]);
				box[2] = Math.max(box[2], p[0]);
				box[3] = Math.max(box[3], p[1]);
			}
		}
		return box;
	}
}
