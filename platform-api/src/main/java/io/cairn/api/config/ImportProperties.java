package io.cairn.api.config;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Batch import of server folders.
 *
 * @param roots the server folders users may import from (and below); empty = folder
 * import is off
 * @param maxFiles most files one import submits
 */
@Validated
@ConfigurationProperties("cairn.import")
public record ImportProperties(@DefaultValue("") List<Path> roots, @DefaultValue("1000") @Min(1) int maxFiles) {

}
