package be.numedu.support.domain;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Support requests.
 *
 * @param takeChargeHours the SGNE's reference delay to take a request in charge, in working hours, for an operator
 * whose card declares none (default 16: two working days of 8 hours)
 * @param resolveHours the reference delay to resolve it, in working hours (default 80: ten working days)
 * @param triageHours the delay for the SGNE's triage to assign a request, in working hours (default 8)
 * @param opensAt reference opening time, for an operator whose card declares no opening hours (default 08:30)
 * @param closesAt reference closing time (default 16:30)
 * @param extraHolidays days off besides Belgium's public holidays (default 27 September, Fête de la FWB)
 * @param reopenDays how long a requester may reopen a resolved request, in calendar days (default 10); after that the
 * request is closed
 * @param nearDueShare the share of a delay left under which a request is flagged as near its due date (default 0.25)
 * @param reminderDays after how many calendar days without an answer the requester is reminded of a question, once
 * per question (default 5)
 * @param attachmentsDirectory where attachments are stored, outside the web root (default ./data/attachments)
 * @param maxAttachmentBytes the largest attachment accepted (default 10 MB)
 * @param maxAttachments how many files one message may carry (default 5)
 * @param scanInterval how often due dates are checked (default 5 minutes)
 * @param mailFrom the sender of numedu's e-mails
 * @param baseUrl the address of numedu in e-mails' links
 */
@Validated
@ConfigurationProperties("numedu.support")
public record SupportProperties(@DefaultValue("16") @Min(1) int takeChargeHours,
		@DefaultValue("80") @Min(1) int resolveHours, @DefaultValue("8") @Min(1) int triageHours,
		@DefaultValue("08:30") @NotNull LocalTime opensAt, @DefaultValue("16:30") @NotNull LocalTime closesAt,
		@DefaultValue("--09-27") List<MonthDay> extraHolidays, @DefaultValue("10") @Min(1) int reopenDays,
		@DefaultValue("0.25") double nearDueShare, @DefaultValue("5") @Min(1) int reminderDays,
		@DefaultValue("./data/attachments") Path attachmentsDirectory,
		@DefaultValue("10485760") @Min(1) @Max(20_971_520) long maxAttachmentBytes,
		@DefaultValue("5") @Min(0) @Max(10) int maxAttachments, @DefaultValue("5m") Duration scanInterval,
		@DefaultValue("numedu <ne-pas-repondre@numedu.example>") String mailFrom,
		@DefaultValue("http://localhost:8080") String baseUrl) {
}
