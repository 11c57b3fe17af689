package be.numedu.support.notify;

import java.util.List;
import java.util.Locale;

import be.numedu.accounts.PersonView;
import be.numedu.support.domain.SupportProperties;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mails of the notifications: plain French text, one message per person (nobody sees who else was told),
 * through the SMTP server of {@code spring.mail.*}. Without {@code spring.mail.host} Spring Boot makes no mail sender
 * and nothing is attempted. A message that cannot be sent is logged and the others still go: the notification is in
 * the application anyway.
 */
@Component
class NotificationMail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

	/**
	 * One person's e-mail.
	 *
	 * @param to who
	 * @param reference the request's reference ("D-000123")
	 * @param title the request's title, on one line
	 * @param subject what happened, in a few words
	 * @param what what happened, in a sentence
	 * @param link the request's page, from the site's root
	 */
	record Letter(PersonView to, String reference, String title, String subject, String what, String link) {
	}

	private final ObjectProvider<JavaMailSender> senders;

	private final SupportProperties properties;

	private final MessageSource messages;

	NotificationMail(ObjectProvider<JavaMailSender> senders, SupportProperties properties, MessageSource messages) {
		this.senders = senders;
		this.properties = properties;
		this.messages = messages;
	}

	/**
	 * Sends the letters once the current transaction has committed (at once without one), so that the notifications
	 * written in it are kept whatever the mail server does, and a rolled-back change sends nothing.
	 */
	void sendOnceCommitted(List<Letter> letters) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null || letters.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(sender, letters);
				}
			});
		}
		else {
			send(sender, letters);
		}
	}

	private void send(JavaMailSender sender, List<Letter> letters) {
		for (Letter letter : letters) {
			try {
				sender.send(message(sender, letter));
			}
			catch (Exception e) {
				// the notification is in the application: log and go on with the others
				log.warn("Courriel de notification non envoyé à la personne {} pour la demande {} : {}",
						letter.to().id(), letter.reference(), e.getMessage());
			}
		}
	}

	private MimeMessage message(JavaMailSender sender, Letter letter) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(properties.mailFrom());
		helper.setTo(new InternetAddress(letter.to().email(), oneLine(letter.to().displayName()), "UTF-8"));
		helper.setSubject(french("notification.mail.subject", letter.reference(), oneLine(letter.subject())));
		String base = root();
		helper.setText(french("notification.mail.body", oneLine(letter.to().displayName()), letter.what(),
				letter.reference(), letter.title(), base + letter.link(), base + "/notifications"), false);
		// RFC 3834: an automatic message, to which out-of-office replies should not answer
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private String french(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.FRENCH);
	}

	private String root() {
		String base = properties.baseUrl() == null ? "" : properties.baseUrl().strip();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * Text on one line: line breaks and other control characters become spaces, so that a title can neither add a
	 * header to an e-mail nor lay out lines of its own in a message's body.
	 */
	static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
	}
}
