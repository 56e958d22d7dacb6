package io.cairn.api.storage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTest {

	@Test
	void credentialsInParametersAreRedacted() {
		String url = "jdbc:postgresql://db:5432/cairn?user=cairn&password=s3cret&sslmode=require";

		assertThat(JdbcUrls.redact(url))
			.isEqualTo("jdbc:postgresql://db:5432/cairn?user=***&password=***&sslmode=require")
			.doesNotContain("s3cret");
	}

	@Test
	void credentialsInUserInfoAreRedacted() {
		assertThat(JdbcUrls.redact("jdbc:postgresql://cairn:s3cret@db/cairn"))
			.isEqualTo("jdbc:postgresql://***@db/cairn");
	}

	@Test
	void urlsWithoutCredentialsAreUnchanged() {
		assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/cairn")).isEqualTo("jdbc:postgresql://db:5432/cairn");
	}

}
