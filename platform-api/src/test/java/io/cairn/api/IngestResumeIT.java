package io.cairn.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cairn.api.support.SamplePdf;
import io.cairn.api.support.TestDatabases;
import io.cairn.api.support.TestPdfs;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentStatus;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.ingest.IngestJobRunner;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.Upload;
import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.PdfBoxDocumentParser;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobRepository;
import io.cairn.core.job.JobState;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.KeywordIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A job interrupted in the middle of parsing (a crashed node) is claimed again once stale
 * and resumes after its last checkpointed page; the counts add up.
 */
@SpringBootTest(properties = { "cairn.storage.mode=server", "cairn.ingest.workers-enabled=false" })
class IngestResumeIT {

	private static final int PAGES = 9;

	private static final int CRASH_AFTER_PAGE = 4;

	@TempDir
	static Path dataDir;

	@Autowired
	IngestService ingest;

	@Autowired
	CollectionRepository collections;

	@Autowired
	DocumentRepository documents;

	@Autowired
	ElementRepository elements;

	@Autowired
	ChunkRepository chunks;

	@Autowired
	JobRepository jobs;

	@Autowired
	KeywordIndex keywordIndex;

	@Autowired
	EmbeddingSpaces spaces;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", () -> dataDir.toString());
	}

	@Test
	void interruptedJobResumesAfterItsCheckpoint() {
		KnowledgeCollection collection = this.collections.create("resume", Language.ENGLISH, "general");
		List<List<String>> pages = new ArrayList<>();
		for (int page = 1; page <= PAGES; page++) {
			String topic = SamplePdf.TOPICS.get(page - 1);
			pages.add(List.of("Section " + page, topic, "Checkpoint " + page + " follows this paragraph."));
		}
		var stored = this.ingest.submit(collection.name(),
				new Upload("pages.pdf", TestPdfs.withPages(pages), null, null, Map.of()));

		IngestJob first = this.jobs.claimNext("node-that-crashes", Duration.ofMinutes(5)).orElseThrow();
		RecordingParser crashing = new RecordingParser(CRASH_AFTER_PAGE);
		assertThatThrownBy(() -> runner(crashing).run(first)).hasMessageContaining("simulated crash");
		IngestJob interrupted = this.jobs.findById(first.id()).orElseThrow();
		assertThat(interrupted.pagesDone()).isEqualTo(CRASH_AFTER_PAGE);
		assertThat(interrupted.state()).isEqualTo(JobState.PARSING);
		assertThat(this.jobs.claimNext("other-node", Duration.ofMinutes(5))).as("a live job is not taken").isEmpty();

		IngestJob resumed = this.jobs.claimNext("other-node", Duration.ZERO).orElseThrow();
		assertThat(resumed.id()).isEqualTo(first.id());
		assertThat(resumed.attempts()).isEqualTo(2);
		RecordingParser healthy = new RecordingParser(Integer.MAX_VALUE);
		runner(healthy).run(resumed);

		assertThat(healthy.firstPageRequested).isEqualTo(CRASH_AFTER_PAGE + 1);
		Document document = this.documents.findById(stored.document().id()).orElseThrow();
		assertThat(document.status()).isEqualTo(DocumentStatus.READY);
		assertThat(document.pageCount()).isEqualTo(PAGES);
		List<Element> parsed = this.elements.findByDocument(document.id());
		assertThat(parsed.stream().map(Element::page).distinct())
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, PAGES).boxed().toList());
		assertThat(parsed.stream().map(Element::ordinal).distinct().count()).isEqualTo(parsed.size());
		assertThat(this.chunks.countByDocument(document.id())).isEqualTo(document.chunkCount()).isPositive();
		assertThat(this.keywordIndex.count()).isEqualTo(document.chunkCount());
		assertThat(this.jobs.findById(first.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
	}

	private IngestJobRunner runner(RecordingParser parser) {
		return new IngestJobRunner(this.collections, this.documents, this.elements, this.chunks, this.jobs,
				new DocumentParsers(List.of(parser)), ParseLimits.defaults(), this.keywordIndex, this.spaces, 16);
	}

	/**
	 * The real PDF parser, with a crash after a given page and a record of where parsing
	 * started.
	 */
	private static final class RecordingParser implements DocumentParser {

		private final DocumentParser real = new PdfBoxDocumentParser();

		private final int crashAfterPage;

		private int firstPageRequested;

		RecordingParser(int crashAfterPage) {
			this.crashAfterPage = crashAfterPage;
		}

		@Override
		public boolean supports(String mediaType) {
			return this.real.supports(mediaType);
		}

		@Override
		public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
			this.firstPageRequested = firstPage;
			this.real.parse(source, mediaType, limits, firstPage, new PageSink() {
				@Override
				public void pageCount(int total) {
					sink.pageCount(total);
				}

				@Override
				public void page(int pageNumber, List<Element> pageElements) {
					sink.page(pageNumber, pageElements);
					if (pageNumber == RecordingParser.this.crashAfterPage) {
						throw new IllegalStateException("simulated crash after page " + pageNumber);
					}
				}
			});
		}

	}

}
