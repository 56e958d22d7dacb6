package io.cairn.api.config;

import java.time.Duration;

import io.cairn.core.ingest.IngestWorkers.WorkerSettings;
import io.cairn.core.ingest.parse.ParseLimits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest limits and workers. Every limit is a hard one: a file over it is refused with
 * the reason.
 *
 * @param maxFileSize largest upload
 * @param maxPages most pages per document
 * @param maxCharacters most extracted characters per document
 * @param parseTimeout longest time parsing one document may take
 * @param maxExpansionRatio largest uncompressed/compressed ratio of a ZIP-based file
 * (DOCX, XLSX, PPTX)
 * @param maxExpandedSize largest uncompressed size of a ZIP-based file
 * @param workers concurrent ingest jobs on this node
 * @param pollInterval how often idle workers look for jobs from other nodes
 * @param staleAfter how long a job may go without progress before another worker resumes
 * it
 * @param maxAttempts attempts before a failing job is given up
 * @param encodeBatchSize chunks per encoder call
 * @param workersEnabled whether this node runs ingest workers (a node may serve queries
 * only)
 */
@Validated
@ConfigurationProperties("cairn.ingest")
public record IngestProperties(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue("2000") @Min(1) int maxPages,
		@DefaultValue("20000000") @Min(1) long maxCharacters, @DefaultValue("120s") Duration parseTimeout,
		@DefaultValue("100") @DecimalMin("1.0") double maxExpansionRatio, @DefaultValue("1GB") DataSize maxExpandedSize,
		@DefaultValue("1") @Min(1) int workers, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("2m") Duration staleAfter, @DefaultValue("3") @Min(1) int maxAttempts,
		@DefaultValue("32") @Min(1) int encodeBatchSize, @DefaultValue("true") boolean workersEnabled) {

	public ParseLimits parseLimits() {
		return new ParseLimits(this.maxFileSize.toBytes(), this.maxPages, this.maxCharacters, this.parseTimeout,
				this.maxExpansionRatio, this.maxExpandedSize.toBytes());
	}

	public WorkerSettings workerSettings() {
		return new WorkerSettings(this.workers, this.pollInterval, this.staleAfter, this.maxAttempts);
	}

}
