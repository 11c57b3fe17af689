package be.numedu.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page of numedu owes its users, checked in the browser: axe-core's WCAG 2.1 A and AA rules (no violation,
 * whatever its impact), the keyboard
 * (a skip link, then every link and control reachable with Tab, each showing where the focus is) and a phone's
 * width.
 */
final class PageChecks {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private PageChecks() {
	}

	/** axe-core finds no violation of the WCAG 2.1 A and AA rules, whatever its impact. */
	static void noAxeViolation(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> "axe-core on " + page.url() + " at " + page.viewportSize().width + " px:\n"
				+ describe(violations)).isEmpty();
	}

	private static String describe(List<Rule> rules) {
		StringBuilder text = new StringBuilder();
		for (Rule rule : rules) {
			text.append("  [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
				.append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
			for (CheckedNode node : rule.getNodes()) {
				text.append("      ").append(node.getTarget()).append(" ")
					.append(node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " "))
					.append("\n");
			}
		}
		return text.toString();
	}

	/** The page's elements that Tab must reach: the main navigation's links and the main content's controls. */
	private static final String MARK_TAB_STOPS = """
			() => {
			  const visible = e => {
			    if (e.getClientRects().length === 0) return false;
			    // inside a closed disclosure, only its own summary shows
			    const closed = e.closest('details:not([open])');
			    if (closed && !(e.tagName === 'SUMMARY' && e.parentElement === closed)) return false;
			    const style = getComputedStyle(e);
			    return style.visibility !== 'hidden' && style.display !== 'none';
			  };
			  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]';
			  const stops = [...document.querySelectorAll(selector)]
			    .filter(e => e.closest('nav.main-nav') || e.closest('main'))
			    .filter(e => !e.disabled && e.tabIndex >= 0 && !e.closest('[inert]') && visible(e));
			  return stops.map((e, i) => {
			    e.setAttribute('data-tab-stop', String(i));
			    // A link inside an SVG drawing shows its focus on its shape (box-shadow does not paint there):
			    // remember how the shape looks unfocused.
			    const shape = e.closest('svg') && e.querySelector('rect, circle, ellipse, path, polygon');
			    if (shape) {
			      const look = getComputedStyle(shape);
			      e.setAttribute('data-tab-rest', look.stroke + '|' + look.strokeWidth + '|' + look.fill);
			    }
			    const group = e.type === 'radio' ? 'radio:' + e.name : null;
			    const text = (e.getAttribute('aria-label') || e.textContent || e.value || e.name || '').trim().replace(/\\s+/g, ' ');
			    return { id: String(i), group: group,
			             what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.type ? '[' + e.type + ']' : '') + ' "' + text.slice(0, 50) + '"' };
			  });
			}""";

	/** Where the focus is now, and whether it shows. */
	private static final String FOCUSED = """
			() => {
			  const e = document.activeElement;
			  if (!e || e === document.body) return { where: 'body' };
			  const style = getComputedStyle(e);
			  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			  const inSvg = !!e.closest('svg');
			  const shadow = !inSvg && style.boxShadow !== 'none' && style.boxShadow !== '';
			  const shape = inSvg && e.querySelector('rect, circle, ellipse, path, polygon');
			  const look = shape ? getComputedStyle(shape) : null;
			  const restyled = !!look && e.hasAttribute('data-tab-rest')
			    && e.getAttribute('data-tab-rest') !== look.stroke + '|' + look.strokeWidth + '|' + look.fill;
			  const text = (e.getAttribute('aria-label') || e.textContent || e.value || e.name || '').trim().replace(/\\s+/g, ' ');
			  return {
			    where: e.closest('footer') ? 'footer' : (e.closest('main') ? 'main' : 'other'),
			    id: e.getAttribute('data-tab-stop'),
			    skip: e.classList.contains('skip-link'),
			    shown: outline || shadow || restyled,
			    style: 'outline ' + style.outlineStyle + ' ' + style.outlineWidth + ', box-shadow ' + style.boxShadow
			      + (look ? ', shape ' + look.stroke + ' ' + look.strokeWidth + ' ' + look.fill : ''),
			    what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + text.slice(0, 50) + '"'
			  };
			}""";

	/**
	 * From a freshly loaded page: the first Tab reaches the skip link, which shows; Tab after Tab then reaches every
	 * main navigation link and every control of the main content, each with a visible focus indicator, until the
	 * focus leaves for the footer.
	 */
	@SuppressWarnings("unchecked")
	static void everythingReachableByTabWithVisibleFocus(Page page, boolean hasNavigation) {
		List<Map<String, Object>> stops = (List<Map<String, Object>>) page.evaluate(MARK_TAB_STOPS);
		page.keyboard().press("Tab");
		Map<String, Object> first = (Map<String, Object>) page.evaluate(FOCUSED);
		assertThat(first.get("skip")).as("the first Tab on %s reaches the skip link, not %s", page.url(), first.get("what"))
			.isEqualTo(true);
		assertThat(first.get("shown")).as("the skip link shows its focus (%s)", first.get("style")).isEqualTo(true);
		assertThat(page.locator(".skip-link").isVisible()).isTrue();
		assertThat((Boolean) page.locator(".skip-link").evaluate(
				"e => { const r = e.getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.width > 0; }"))
			.as("the focused skip link is on screen").isTrue();

		Set<String> reached = new LinkedHashSet<>();
		List<String> hidden = new ArrayList<>();
		int limit = stops.size() + 40;
		for (int i = 0; i < limit; i++) {
			page.keyboard().press("Tab");
			Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUSED);
			Object where = focus.get("where");
			if ("footer".equals(where) || "body".equals(where)) {
				break;
			}
			if (focus.get("id") != null) {
				reached.add((String) focus.get("id"));
			}
			if (!Boolean.TRUE.equals(focus.get("shown"))) {
				hidden.add(focus.get("what") + " (" + focus.get("style") + ")");
			}
		}

		Map<String, List<Map<String, Object>>> radioGroups = new LinkedHashMap<>();
		List<String> missed = new ArrayList<>();
		for (Map<String, Object> stop : stops) {
			if (stop.get("group") != null) {
				radioGroups.computeIfAbsent((String) stop.get("group"), g -> new ArrayList<>()).add(stop);
			}
			else if (!reached.contains(stop.get("id"))) {
				missed.add((String) stop.get("what"));
			}
		}
		// A group of radio buttons is one Tab stop; the arrow keys move within it.
		radioGroups.forEach((group, radios) -> {
			if (radios.stream().noneMatch(radio -> reached.contains(radio.get("id")))) {
				missed.add(group + " (" + radios.size() + " radio buttons)");
			}
		});
		System.out.printf("%s: %d tab stops expected, %d reached%n", page.url(), stops.size(), reached.size());
		assertThat(missed).as("controls of %s that Tab never reached", page.url()).isEmpty();
		assertThat(hidden).as("focused elements of %s without a visible focus indicator", page.url()).isEmpty();
		if (hasNavigation) {
			assertThat((Long) ((Number) page.evaluate(
					"() => document.querySelectorAll('nav.main-nav a[data-tab-stop]').length")).longValue())
				.as("main navigation links on %s", page.url()).isGreaterThanOrEqualTo(4);
		}
	}

	/** The skip link moves the focus to the main content. */
	static void skipLinkMovesFocusToTheContent(Page page) {
		page.locator(".skip-link").focus();
		page.keyboard().press("Enter");
		assertThat(page.evaluate("() => document.activeElement.id")).as("focus after the skip link on %s", page.url())
			.isEqualTo("contenu");
		assertThat(page.url()).endsWith("#contenu");
	}

	/** At a phone's width (375 × 740) the page does not scroll sideways; only a wide table scrolls, in its wrapper. */
	static void fitsAPhone(Page page) {
		page.setViewportSize(375, 740);
		@SuppressWarnings("unchecked")
		Map<String, Object> widths = (Map<String, Object>) page.evaluate("""
				() => {
				  const width = innerWidth;
				  const wide = [...document.querySelectorAll('body *')]
				    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap, .visually-hidden, .skip-link'))
				    .slice(0, 5)
				    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).replace(/ /g, '.') : ''));
				  return { scroll: document.scrollingElement.scrollWidth, width: width, wide: wide.join(', ') };
				}""");
		int scroll = ((Number) widths.get("scroll")).intValue();
		int width = ((Number) widths.get("width")).intValue();
		assertThat(scroll).as("page width at 375 px on %s (wider than the screen: %s)", page.url(), widths.get("wide"))
			.isLessThanOrEqualTo(width);
	}
}
