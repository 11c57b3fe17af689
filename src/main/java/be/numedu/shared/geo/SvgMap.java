package be.numedu.shared.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small map ready for an inline SVG: municipality outlines as path data and numbered points, in a fixed view box.
 * Longitudes are scaled by the cosine of the latitude so that the map is not stretched (Belgium is small enough for
 * this plate carrée to look right).
 */
public record SvgMap(int width, int height, List<Area> areas, List<Point> points) {

	/** A municipality drawn on the map. */
	public record Area(String name, String path, double labelX, double labelY, boolean highlighted) {
	}

	/** A numbered point (an implantation, say) with its label. */
	public record Point(int number, double x, double y, String label) {
	}

	/** A place to mark: the number it bears (the row that describes it beside the map), where, and its label. */
	public record Place(int number, double longitude, double latitude, String label) {
	}

	/**
	 * Draws the places with the municipalities around them.
	 *
	 * @param places the points to mark
	 * @param municipalities where the outlines come from
	 * @param width the view box width
	 * @param height the view box height
	 */
	public static SvgMap around(List<Place> places, Municipalities municipalities, int width, int height) {
		if (places.isEmpty()) {
			return new SvgMap(width, height, List.of(), List.of());
		}
		double west = places.stream().mapToDouble(Place::longitude).min().orElseThrow();
		double east = places.stream().mapToDouble(Place::longitude).max().orElseThrow();
		double south = places.stream().mapToDouble(Place::latitude).min().orElseThrow();
		double north = places.stream().mapToDouble(Place::latitude).max().orElseThrow();
		double midLat = (south + north) / 2;
		double cos = Math.cos(Math.toRadians(midLat));
		// At least about 6 km around the places, and a margin of a fifth of their spread.
		double spanLat = Math.max(north - south, 0.055) * 1.4;
		double spanLon = Math.max((east - west) * cos, 0.055) * 1.4;
		double aspect = (double) width / height;
		if (spanLon / spanLat < aspect) {
			spanLon = spanLat * aspect;
		}
		else {
			spanLat = spanLon / aspect;
		}
		double centreLon = (west + east) / 2;
		double centreLat = midLat;
		double left = centreLon - spanLon / cos / 2;
		double right = centreLon + spanLon / cos / 2;
		double bottom = centreLat - spanLat / 2;
		double top = centreLat + spanLat / 2;
		double scale = width / spanLon;
		Projection projection = new Projection(left, top, cos, scale);

		List<Area> areas = new ArrayList<>();
		for (Municipalities.Outline outline : municipalities.within(left, bottom, right, top)) {
			StringBuilder path = new StringBuilder();
			for (double[][] ring : outline.rings()) {
				for (int i = 0; i < ring.length; i++) {
					path.append(i == 0 ? 'M' : 'L').append(projection.x(ring[i][0])).append(',')
						.append(projection.y(ring[i][1]));
				}
				path.append('Z');
			}
			boolean highlighted = places.stream().anyMatch(p -> contains(outline, p));
			double labelLon = Math.max(left, Math.min(right, (outline.minLon() + outline.maxLon()) / 2));
			double labelLat = Math.max(bottom, Math.min(top, (outline.minLat() + outline.maxLat()) / 2));
			areas.add(new Area(outline.name(), path.toString(), Double.parseDouble(projection.x(labelLon)),
					Double.parseDouble(projection.y(labelLat)), highlighted));
		}
		List<Point> points = new ArrayList<>();
		for (Place place : places) {
			points.add(new Point(place.number(), Double.parseDouble(projection.x(place.longitude())),
					Double.parseDouble(projection.y(place.latitude())), place.label()));
		}
		return new SvgMap(width, height, areas, points);
	}

	/** Even-odd ray casting over the outline's rings. */
	private static boolean contains(Municipalities.Outline outline, Place place) {
		if (!outline.intersects(place.longitude(), place.latitude(), place.longitude(), place.latitude())) {
			return false;
		}
		boolean inside = false;
		for (double[][] ring : outline.rings()) {
			for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				if ((ring[i][1] > place.latitude()) != (ring[j][1] > place.latitude()) && place.longitude() < (ring[j][0]
						- ring[i][0]) * (place.latitude() - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	private record Projection(double left, double top, double cos, double scale) {

		String x(double longitude) {
			return String.format(Locale.ROOT, "%.1f", (longitude - left) * cos * scale);
		}

		String y(double latitude) {
			return String.format(Locale.ROOT, "%.1f", (top - latitude) * scale);
		}
	}
}
