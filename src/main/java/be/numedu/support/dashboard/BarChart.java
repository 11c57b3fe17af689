package be.numedu.support.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG: its geometry is computed here and written as SVG attributes (the CSP
 * allows no inline style, and no script draws it). Each bar carries its label above it and its value beside it, so
 * that nothing is told by colour or length alone; the page gives the same figures in a table.
 *
 * @param id the chart's identifier in the page
 * @param title what it shows, its accessible name
 * @param category the heading of the table's first column
 * @param unit the heading of the value column
 * @param bars the bars, in order
 * @param total what the shares are shares of
 * @param height the drawing's height in its own units
 */
record BarChart(String id, String title, String category, String unit, List<Bar> bars, long total, int height) {

	static final int WIDTH = 600;

	private static final int ROW = 44;

	private static final int BAR_MAX = 480;

	/** One bar: its code (for the export), label, value, share of the total in whole percent, and where it lies. */
	record Bar(String code, String label, long value, Integer percent, int labelY, int barY, int barWidth, int valueX,
			int valueY) {
	}

	/** One value to draw. */
	record Entry(String code, String label, long value) {
	}

	static BarChart of(String id, String title, String category, String unit, List<Entry> entries, long total) {
		long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		int top = 0;
		for (Entry entry : entries) {
			// a bar of a small non-zero value stays visible
			int width = max == 0 ? 0
					: (int) Math.max(entry.value() > 0 ? 2 : 0, Math.round(BAR_MAX * (double) entry.value() / max));
			Integer percent = total == 0 ? null : (int) Math.round(entry.value() * 100.0 / total);
			bars.add(new Bar(entry.code(), entry.label(), entry.value(), percent, top + 15, top + 21, width,
					width + 8, top + 34));
			top += ROW;
		}
		return new BarChart(id, title, category, unit, bars, total, Math.max(top, ROW));
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + height;
	}
}
