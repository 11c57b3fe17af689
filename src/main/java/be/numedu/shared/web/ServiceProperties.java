package be.numedu.shared.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who runs this numedu: shown in the header, the footer and the legal pages.
 *
 * @param name the service's name, shown beside "numedu" (default: the SGNE)
 * @param authority the public authority the service belongs to (default: the Fédération Wallonie-Bruxelles)
 * @param contactEmail where people write to the service (default: the address the 2020 circular gives)
 */
@Validated
@ConfigurationProperties("numedu.service")
public record ServiceProperties(@DefaultValue("Service général du Numérique éducatif") @NotBlank String name,
		@DefaultValue("Fédération Wallonie-Bruxelles") @NotBlank String authority,
		@DefaultValue("contact.sne@cfwb.be") @Email @NotBlank String contactEmail) {
}
