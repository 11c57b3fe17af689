package be.numedu.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them here: in Europe/Brussels time, "22 novembre 2026" in French. Templates call it as
 * {@code ${@dates.date(...)}}; the patterns come from the message bundles.
 */
@Component("dates")
public class Dates {

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final MessageSource messages;

	Dates(MessageSource messages) {
		this.messages = messages;
	}

	public String date(Instant instant) {
		return instant == null ? "" : format(instant, "date.format");
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : format(instant, "datetime.format");
	}

	private String format(Instant instant, String patternKey) {
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = messages.getMessage(patternKey, null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(BRUSSELS).format(instant);
	}
}
