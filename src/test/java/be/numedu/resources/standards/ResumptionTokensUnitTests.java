package be.numedu.resources.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import org.junit.jupiter.api.Test;

/** Signed resumption tokens: what they carry comes back; anything else is badResumptionToken. */
class ResumptionTokensUnitTests {

	private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

	private final Instant now = Instant.parse("2026-01-10T12:00:00Z");

	private final ResumptionTokens tokens = new ResumptionTokens(KEY, Duration.ofHours(24),
			Clock.fixed(now, ZoneOffset.UTC));

	private ResumptionToken.Value value() {
		return new ResumptionToken.ValueBuilder().withOffset(200)
			.withSetSpec("discipline:FLA")
			.withMetadataPrefix("lom")
			.withFrom(Instant.parse("2025-01-01T00:00:00Z"))
			.withUntil(Instant.parse("2025-12-31T23:59:59.999999999Z"))
			.build();
	}

	private String token() {
		ResumptionTokens.Harvest harvest = tokens.start("ListRecords");
		harvest.reached = new ResumptionTokens.Position(Instant.parse("2025-06-01T10:00:00.123456Z"), 4242);
		harvest.reachedTotal = 1234;
		return tokens.format(harvest).format(value());
	}

	@Test
	void aTokenCarriesTheRequestAndThePositionReached() throws Exception {
		String token = token();
		assertThat(token).matches("[A-Za-z0-9_\\-]+\\.[A-Za-z0-9_\\-]+");
		ResumptionTokens.Harvest next = tokens.start("ListRecords");
		ResumptionToken.Value value = tokens.format(next).parse(token);
		assertThat(value).isEqualTo(value());
		assertThat(next.after).isEqualTo(new ResumptionTokens.Position(Instant.parse("2025-06-01T10:00:00.123456Z"), 4242));
		assertThat(next.total).isEqualTo(1234);
	}

	@Test
	void tamperedGarbledEmptyExpiredOrForeignTokensAreRefused() {
		String token = token();
		ResumptionTokenFormat format = tokens.format(tokens.start("ListRecords"));
		char last = token.charAt(token.length() - 1);
		String badMac = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
		assertThatThrownBy(() -> format.parse(badMac)).isInstanceOfSatisfying(ResumptionTokens.Refused.class,
				refused -> assertThat(refused.problem()).isEqualTo(ResumptionTokens.Problem.FOREIGN));
		// The payload edited (another offset), the MAC kept.
		String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
				StandardCharsets.UTF_8).replace("offset=200", "offset=900");
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ token.substring(token.indexOf('.'));
		assertThatThrownBy(() -> format.parse(forged)).isInstanceOf(BadResumptionTokenException.class);
		for (String garbage : new String[] { "", " ", "abc", ".", "abc.", ".abc", "b2Zmc2V0OjoxMDA=", "%%%.%%%" }) {
			assertThatThrownBy(() -> format.parse(garbage)).as(garbage).isInstanceOf(BadResumptionTokenException.class);
		}
		ResumptionTokens later = new ResumptionTokens(KEY, Duration.ofHours(24),
				Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC));
		ResumptionTokens.Harvest late = later.start("ListRecords");
		assertThatThrownBy(() -> later.format(late).parse(token))
			.isInstanceOf(BadResumptionTokenException.class).hasMessageContaining("expired");
		assertThat(late.refused).isEqualTo(ResumptionTokens.Problem.EXPIRED);
		ResumptionTokens otherKey = new ResumptionTokens("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8),
				Duration.ofHours(24), Clock.fixed(now, ZoneOffset.UTC));
		assertThatThrownBy(() -> otherKey.format(otherKey.start("ListRecords")).parse(token))
			.isInstanceOf(BadResumptionTokenException.class);
		ResumptionTokens.Harvest other = tokens.start("ListIdentifiers");
		assertThatThrownBy(() -> tokens.format(other).parse(token))
			.isInstanceOf(BadResumptionTokenException.class).hasMessageContaining("ListRecords");
		assertThat(other.refused).isEqualTo(ResumptionTokens.Problem.OTHER_VERB);
		assertThat(other.tokenVerb).isEqualTo("ListRecords");
	}

	@Test
	void aShortKeyIsRefused() {
		assertThatThrownBy(() -> new ResumptionTokens(new byte[16], Duration.ofHours(1), Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class);
	}
}
