package be.numedu.resources.standards;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the OAI-PMH endpoint.
 *
 * @param tokenSecret the key resumption tokens are signed with (at least 32 characters); empty: a key is drawn at
 * start (see {@link ResumptionTokens} for what that costs)
 * @param tokenLifetime how long a resumption token stays valid
 * @param pageSize how many records or headers one ListRecords or ListIdentifiers response holds
 * @param countLimit up to how many records a list is counted, for its {@code completeListSize}; a longer list is sent
 * without it (counting a million rows would make every harvest's first page slow)
 */
@ConfigurationProperties("numedu.oai")
public record OaiProperties(@DefaultValue("") String tokenSecret, @DefaultValue("24h") Duration tokenLifetime,
		@DefaultValue("100") int pageSize, @DefaultValue("10000") int countLimit) {
}
