package io.cairn.db.schema;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cairn.core.answer.Citation;
import io.cairn.core.answer.schema.CheckedSchema;
import io.cairn.core.answer.schema.DocumentTitles;
import io.cairn.core.answer.schema.ExtractiveSchemaFiller;
import io.cairn.core.answer.schema.SchemaCheck;
import io.cairn.core.answer.schema.SchemaFillSettings;
import io.cairn.core.answer.schema.SchemaValidator;
import io.cairn.core.answer.schema.StructuredAnswer;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.IngestJobRunner;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.Upload;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.RetrievalSettings;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.db.catalog.JdbcChunkRepository;
import io.cairn.db.catalog.JdbcCollectionRepository;
import io.cairn.db.catalog.JdbcDocumentRepository;
import io.cairn.db.catalog.JdbcElementRepository;
import io.cairn.db.catalog.JdbcJobRepository;
import io.cairn.db.lucene.LuceneKeywordIndex;
import io.cairn.db.lucene.LuceneVectorIndexProvider;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.db.testing.TestDatabase;
import io.cairn.encoders.text.LoadedTextEncoder;
import io.cairn.encoders.text.TextEncoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills a schema from a small annual report ingested through the real pipeline
 * (PostgreSQL catalog, Lucene BM25 and HNSW, the bundled English encoder): values, nulls,
 * citations, and an answer that validates. Markdown tables have no caption, so their
 * scale is stated in the heading, which every chunk of the section carries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractiveSchemaFillerIT {

	private static final String REPORT = """
			# Northwind Traders annual report 2019

			## Overview

			Northwind Traders sells kitchen equipment in Europe and North America.
			Our fiscal year ended September 30, 2019.
			At year end we had 12,400 employees in 14 countries.
			Our independent auditor is Ernst & Young LLP.
			The auditor's report contains no going concern warning.
			The overall risk rating is moderate.

			## Results of operations (in millions)

			Consolidated statement of operations (in millions)

			| Item | 2018 | 2019 |
			|---|---|---|
			| Revenue | 1,320.2 | 1,496.5 |
			| Operating income | 180.4 | 210.9 |
			| Net income | 120.0 | 141.3 |

			## Segments (in millions)

			Revenue by segment for fiscal 2019 (in millions)

			| Segment | Revenue | Operating margin |
			|---|---|---|
			| Commercial kitchens | 902.1 | 14.2% |
			| Home appliances | 594.4 | 9.8% |
			| Total | 1,496.5 | 12.4% |
			""";

	private static final String SCHEMA = """
			{
			  "type": "object",
			  "required": ["revenue", "fiscalYearEnd"],
			  "properties": {
			    "revenue": {"type": "number", "description": "Total revenue for 2019"},
			    "netIncome": {"type": "number", "description": "Net income for 2019"},
			    "revenueInThousands": {"type": "number", "description": "Revenue for 2019 in thousands"},
			    "fiscalYearEnd": {"type": "string", "format": "date"},
			    "employees": {"type": "integer", "description": "Number of employees"},
			    "auditor": {"type": "string"},
			    "goingConcernWarning": {"type": "boolean", "description": "Whether the auditor's report has a going concern warning"},
			    "riskRating": {"type": "string", "enum": ["low", "moderate", "high"]},
			    "dividendPerShare": {"type": "number", "description": "Dividend paid per share"},
			    "segments": {"type": "array", "maxItems": 5, "items": {"type": "object", "properties": {
			      "name": {"type": "string"}, "revenue": {"type": "number"}}}}
			  }
			}""";

	private TestDatabase database;

	private TextEncoders encoders;

	private LuceneKeywordIndex keywordIndex;

	private LuceneVectorIndexProvider vectorIndexes;

	private KnowledgeCollection collection;

	private ExtractiveSchemaFiller filler;

	@BeforeAll
	void ingestTheReport(@TempDir Path indexes) {
		this.database = TestDatabase.create(false);
		this.encoders = new TextEncoders();
		LoadedTextEncoder english = this.encoders.get("bge-small-en-v1.5");
		this.keywordIndex = new LuceneKeywordIndex(indexes.resolve("keywords"));
		this.vectorIndexes = new LuceneVectorIndexProvider(indexes.resolve("vectors"), LuceneVectorOptions.defaults());
		EmbeddingSpace space = new EmbeddingSpace(english.model().name(), english.encoder(),
				english.encoder().queryEncoder(), english.tokenCounter(),
				this.vectorIndexes.open(english.model().name(), english.encoder().dimensions()));
		var collections = new JdbcCollectionRepository(this.database.dataSource());
		var documents = new JdbcDocumentRepository(this.database.dataSource());
		var chunks = new JdbcChunkRepository(this.database.dataSource());
		this.collection = collections.create("reports", Language.ENGLISH, "finance");
		IngestService ingest = new IngestService(collections, documents, DocumentParsers.defaults(),
				new MediaTypeDetector(), ParseLimits.defaults(), () -> {
				});
		StoredUpload upload = ingest.submit("reports", new Upload("northwind-2019.md",
				REPORT.getBytes(StandardCharsets.UTF_8), "Northwind 2019", null, Map.of()));
		new IngestJobRunner(collections, documents, new JdbcElementRepository(this.database.dataSource()), chunks,
				new JdbcJobRepository(this.database.dataSource()), DocumentParsers.defaults(), ParseLimits.defaults(),
				this.keywordIndex, (language) -> space, 16)
			.run(upload.job());
		HybridSearcher searcher = new HybridSearcher(this.keywordIndex, (language) -> space, chunks,
				RetrievalSettings.defaults());
		this.filler = new ExtractiveSchemaFiller(searcher, DocumentTitles.from(documents), new SchemaValidator(),
				SchemaFillSettings.defaults());
	}

	@AfterAll
	void close() {
		this.keywordIndex.close();
		this.vectorIndexes.close();
		this.encoders.close();
		this.database.close();
	}

	@Test
	void fillsTypedValuesWithCitationsAndNullWhereTheReportIsSilent() {
		CheckedSchema schema = new SchemaCheck().check(SCHEMA);

		StructuredAnswer answer = this.filler.fill(this.collection, "fiscal 2019", schema,
				SearchFilter.collection(this.collection.id()));
		JsonNode value = answer.value();

		assertThat(new SchemaValidator().validate(schema, value)).isEmpty();
		assertThat(value.get("revenue").asDouble()).isEqualTo(1496.5);
		assertThat(value.get("netIncome").asDouble()).isEqualTo(141.3);
		assertThat(value.get("revenueInThousands").asLong()).isEqualTo(1_496_500L);
		assertThat(value.get("fiscalYearEnd").asString()).isEqualTo("2019-09-30");
		assertThat(value.get("employees").asLong()).isEqualTo(12_400L);
		assertThat(value.get("auditor").asString()).isEqualTo("Ernst & Young LLP");
		assertThat(value.get("goingConcernWarning").asBoolean()).isFalse();
		assertThat(value.get("riskRating").asString()).isEqualTo("moderate");
		assertThat(value.get("dividendPerShare").isNull()).isTrue();
		assertThat(value.get("segments").toString()).isEqualTo(
				"[{\"name\":\"Commercial kitchens\",\"revenue\":902.1},{\"name\":\"Home appliances\",\"revenue\":594.4}]");

		assertThat(answer.citations()).doesNotContainKey("/dividendPerShare");
		assertThat(quotes(answer, "/revenue")).containsExactly("Revenue | 1,320.2 | 1,496.5");
		assertThat(quotes(answer, "/fiscalYearEnd")).containsExactly("Our fiscal year ended September 30, 2019.");
		assertThat(quotes(answer, "/segments/1/revenue")).containsExactly("Home appliances | 594.4 | 9.8%");
		Citation auditor = answer.citations().get("/auditor").getFirst();
		assertThat(auditor.documentTitle()).isEqualTo("Northwind 2019");
		assertThat(auditor.quote()).isEqualTo("Our independent auditor is Ernst & Young LLP.");
	}

	private static List<String> quotes(StructuredAnswer answer, String pointer) {
		return answer.citations().get(pointer).stream().map(Citation::quote).toList();
	}

}
