package be.numedu.accounts.web;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling.
 *
 * @param maxFailuresPerAccount failed sign-ins on one account before it is blocked for the window (default 5)
 * @param maxFailuresPerAddress failed sign-ins from one network address before it is blocked (default 50: a school's
 * whole staff often shares one public address)
 * @param window how long failures are remembered and a block lasts (default 15 minutes)
 */
@Validated
@ConfigurationProperties("numedu.login-throttle")
record LoginThrottleProperties(@DefaultValue("5") @Min(1) int maxFailuresPerAccount,
		@DefaultValue("50") @Min(1) int maxFailuresPerAddress, @DefaultValue("15m") Duration window) {
}
