package io.cairn.api.security;

import io.cairn.api.config.StorageProperties.Mode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecurityPropertiesTest {

	private static final String ADMIN_KEY = "admin-secret-0123456789-0123456789";

	@Test
	void keysAreRequiredByDefaultOnlyInServerMode() {
		SecurityProperties unset = new SecurityProperties(null, null, null);
		assertThat(unset.open(Mode.EMBEDDED)).isTrue();
		assertThat(unset.open(Mode.SERVER)).isFalse();
		assertThat(new SecurityProperties(SecurityProperties.ApiKeys.REQUIRED, null, null).open(Mode.EMBEDDED))
			.isFalse();
		assertThat(new SecurityProperties(SecurityProperties.ApiKeys.OPEN, null, null).open(Mode.SERVER)).isTrue();
	}

	@Test
	void secretsNeverReachToString() {
		SecurityProperties properties = new SecurityProperties(null, ADMIN_KEY, "pepper-0123456789");
		assertThat(properties.toString()).doesNotContain(ADMIN_KEY)
			.doesNotContain("pepper-0123456789")
			.contains("******");
	}

	@Test
	void aShortAdminKeyIsRefusedAndABlankOneIsNone() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SecurityProperties(null, "short", null))
			.withMessageContaining("at least 32");
		assertThat(new SecurityProperties(null, "  ", " ").adminKey()).isNull();
	}

}
