package io.cairn.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** Cairn: multimodal retrieval-augmented generation. */
// API keys, not users and passwords: no generated default user.
@SpringBootApplication(scanBasePackages = "io.cairn", exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan("io.cairn")
public class CairnApplication {

	public static void main(String[] args) {
		SpringApplication.run(CairnApplication.class, args);
	}

}
