package be.numedu.schools.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The register of schools.
 *
 * @param loadBundledRegister whether to import the FASE file shipped with numedu when the register is empty at
 * start (default true: the embedded default's demo data; the postgres profile sets it to false)
 * @param bundledRegister the shipped FASE file (default: the autumn 2023 snapshot in the application)
 * @param maxRetirementShare the share of active schools or implantations an import may retire without the
 * administrator's explicit agreement (default 0.10): a truncated file must not empty the register
 */
@Validated
@ConfigurationProperties("numedu.schools")
public record SchoolsProperties(@DefaultValue("true") boolean loadBundledRegister,
		@DefaultValue("classpath:schools/signaletique-fase.csv") Resource bundledRegister,
		@DefaultValue("0.10") @DecimalMin("0") @DecimalMax("1") double maxRetirementShare) {
}
