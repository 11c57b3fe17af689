package be.numedu.support.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.numedu.directory.CardPageSection;
import be.numedu.directory.DelayUnit;
import be.numedu.directory.OperatorCard;
import be.numedu.directory.ServiceLevel;
import be.numedu.support.domain.SupportProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Délais mesurés" on each operator's card: over the last 90 days, the median working time the operator took to take
 * requests in charge and to resolve them, beside the delay its card declares (or the SGNE's reference delay when it
 * declares none), and the share handled within the delay that applied. The card page is public and busy, so each
 * operator's figures are computed at most once every few minutes.
 */
@Component
class MeasuredDelaysSection implements CardPageSection {

	static final int DAYS = 90;

	static final Duration REFRESH = Duration.ofMinutes(5);

	/** One delay on the card: what is declared, what is measured. */
	record Row(String labelKey, String declared, String median, long count, long inTime, Integer share) {
	}

	/** What the card shows. */
	record Figures(boolean any, List<Row> rows, int days, long refreshMinutes) {
	}

	private final DashboardQueries queries;

	private final WorkingTime workingTime;

	private final MessageSource messages;

	private final SupportProperties reference;

	private final Cache<String, MeasuredDelays> measured = Caffeine.newBuilder()
		.expireAfterWrite(REFRESH)
		.maximumSize(1_000)
		.build();

	MeasuredDelaysSection(DashboardQueries queries, WorkingTime workingTime, MessageSource messages,
			SupportProperties reference) {
		this.queries = queries;
		this.workingTime = workingTime;
		this.messages = messages;
		this.reference = reference;
	}

	@Override
	public String template() {
		return "support/dashboard-card";
	}

	@Override
	public String selector() {
		return "section";
	}

	@Override
	public Map<String, Object> model(OperatorCard card) {
		return Map.of("figures", figures(card, LocaleContextHolder.getLocale()));
	}

	Figures figures(OperatorCard card, Locale locale) {
		MeasuredDelays delays = measured.get(card.slug(), slug -> {
			Instant now = Instant.now();
			return queries.delays(slug, now.minus(DAYS, ChronoUnit.DAYS), now);
		});
		ServiceLevel level = card.serviceLevel() == null ? ServiceLevel.undeclared() : card.serviceLevel();
		LocalTime opens = level.declaresOpeningHours() ? level.opensAt() : reference.opensAt();
		LocalTime closes = level.declaresOpeningHours() ? level.closesAt() : reference.closesAt();
		long workingDay = Duration.between(opens, closes).toMinutes();
		Row takeCharge = row("dashboard.card.takeCharge", delays.takeCharge(),
				level.declaresTakeCharge() ? level.takeChargeDelay() : null,
				level.declaresTakeCharge() ? level.takeChargeUnit() : null, reference.takeChargeHours(), workingDay,
				locale);
		Row resolution = row("dashboard.card.resolution", delays.resolution(),
				level.declaresResolution() ? level.resolveDelay() : null,
				level.declaresResolution() ? level.resolveUnit() : null, reference.resolveHours(), workingDay, locale);
		return new Figures(delays.any(), List.of(takeCharge, resolution), DAYS, REFRESH.toMinutes());
	}

	private Row row(String labelKey, Measured measured, Integer declared, DelayUnit unit, int referenceHours,
			long workingDay, Locale locale) {
		String declaredText = declared != null
				? messages.getMessage("DelayUnit." + unit + ".count", new Object[] { declared }, locale)
				: messages.getMessage("dashboard.card.reference", new Object[] {
						messages.getMessage("DelayUnit.WORKING_HOURS.count", new Object[] { referenceHours }, locale) },
						locale);
		return new Row(labelKey, declaredText, workingTime.format(measured.median(), unit, workingDay, locale),
				measured.count(), measured.inTime(), measured.sharePercent());
	}
}
