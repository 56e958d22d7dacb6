package io.cairn.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cairn: multimodal retrieval-augmented generation. */
@SpringBootApplication(scanBasePackages = "io.cairn")
@ConfigurationPropertiesScan("io.cairn")
public class CairnApplication {

	public static void main(String[] args) {
		SpringApplication.run(CairnApplication.class, args);
	}

}
