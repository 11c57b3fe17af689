import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * bench/tools/JfrTop.java: where the CPU went in a Java Flight Recording of bench/resources (BENCH_JFR=1), for the
 * threads whose name matches a pattern. Prints the methods most often on top of the sampled stacks ("self"), then the
 * methods of the given packages most often anywhere in them ("total", each counted once per sample).
 *
 * <pre>java bench/tools/JfrTop.java FILE.jfr THREAD_REGEX [PACKAGE_PREFIX...] [--top N] [--from INSTANT] [--to INSTANT]</pre>
 *
 * --from and --to (e.g. 2026-01-15T10:31:00Z) keep the samples of one part of the run: bench/resources logs when each
 * load starts, in UTC.
 *
 * e.g. the search requests: {@code java bench/tools/JfrTop.java bench/results/resources-…-h2.jfr 'http-nio-.*' org.hibernate
 * be.numedu org.apache.lucene}; the rebuild: {@code 'Hibernate Search.*|.*Mass indexing.*'}.
 */
public class JfrTop {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Pattern threads = Pattern.compile(args[1]);
		int top = 25;
		java.time.Instant from = java.time.Instant.MIN, to = java.time.Instant.MAX;
		List<String> prefixes = new java.util.ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			if (args[i].equals("--top")) {
				top = Integer.parseInt(args[++i]);
			}
			else if (args[i].equals("--from")) {
				from = java.time.Instant.parse(args[++i]);
			}
			else if (args[i].equals("--to")) {
				to = java.time.Instant.parse(args[++i]);
			}
			else {
				prefixes.add(args[i]);
			}
		}
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		Map<String, Integer> threadCounts = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStartTime().isBefore(from)
					|| event.getStartTime().isAfter(to)) {
				continue;
			}
			var thread = event.getThread("sampledThread");
			String name = thread == null ? "?" : thread.getJavaName();
			if (name == null || !threads.matcher(name).matches()) {
				continue;
			}
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty()) {
				continue;
			}
			samples++;
			threadCounts.merge(name.replaceAll("\\d+", "N"), 1, Integer::sum);
			self.merge(method(stack.getFrames().get(0)), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : stack.getFrames()) {
				String m = method(frame);
				if (prefixes.stream().anyMatch(m::startsWith) && seen.add(m)) {
					total.merge(m, 1, Integer::sum);
				}
			}
		}
		System.out.printf("%d samples on threads matching %s%n", samples, threads);
		print("threads", threadCounts, samples, top);
		print("self (top of stack)", self, samples, top);
		if (!prefixes.isEmpty()) {
			print("total (anywhere in the stack) for " + prefixes, total, samples, top);
		}
	}

	static String method(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	static void print(String title, Map<String, Integer> counts, int samples, int top) {
		System.out.println();
		System.out.println("## " + title);
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
			.forEach(e -> System.out.printf("%6.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
					e.getValue(), e.getKey()));
	}
}
