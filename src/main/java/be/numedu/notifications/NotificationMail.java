package be.numedu.notifications;

import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

	private final ObjectProvider<JavaMailSender> senders;

	private final String from;

	private final String baseUrl;

	private final MessageSource messages;

	NotificationMail(ObjectProvider<JavaMailSender> senders,
			@Value("${numedu.support.mail-from:numedu <ne-pas-repondre@numedu.example>}") String from,
			@Value("${numedu.support.base-url:http://localhost:8080}") String baseUrl, MessageSource messages) {
		this.senders = senders;
		this.from = from;
		this.baseUrl = baseUrl;
		this.messages = messages;
	}

	/**
	 * Sends the letters once the current transaction has committed (at once without one), so that the notifications
	 * written in it are kept whatever the mail server does, and a rolled-back change sends nothing.
	 */
	void sendOnceCommitted(List<Notice> letters) {
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

	private void send(JavaMailSender sender, List<Notice> letters) {
		for (Notice letter : letters) {
			try {
				sender.send(message(sender, letter));
			}
			catch (Exception e) {
				// the notification is in the application: log and go on with the others
				log.warn("Courriel de notification non envoyé à la personne {} ({}) : {}", letter.to().id(),
						letter.link(), e.getMessage());
			}
		}
	}

	private MimeMessage message(JavaMailSender sender, Notice letter) throws Exception {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(from);
		helper.setTo(new InternetAddress(letter.to().email(), Notice.oneLine(letter.to().displayName()), "UTF-8"));
		helper.setSubject(french("notification.mail.subject", Notice.oneLine(letter.reference()), Notice.oneLine(letter.subject())));
		String base = root();
		helper.setText(french("notification.mail.body", Notice.oneLine(letter.to().displayName()), letter.text(),
				Notice.oneLine(letter.about()), base + letter.link(), base + "/notifications"), false);
		// RFC 3834: an automatic message, to which out-of-office replies should not answer
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private String french(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.FRENCH);
	}

	private String root() {
		String base = baseUrl == null ? "" : baseUrl.strip();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}
}
