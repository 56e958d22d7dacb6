package io.cairn.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.ApiClient.Response;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.CairnDocumentRetriever;
import io.cairn.core.retrieval.HybridSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.ai.document.Document;
import org.springframework.ai.rag.Query;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hybrid retrieval through the API and as a Spring AI retriever, on real encoders
 * (English and Chinese), Lucene BM25 and pgvector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridSearchIT {

	private static final String CARDIOLOGY = """
			# Cardiology handbook

			## Heart failure
			Patients with reduced ejection fraction receive beta blockers and ACE inhibitors.
			Diuretics relieve fluid overload and shortness of breath.

			## Arrhythmia
			Atrial fibrillation raises the risk of stroke; anticoagulation is considered for most patients.
			""";

	private static final String FINANCE = """
			# Annual report

			## Revenue
			Revenue grew 12 percent to 4.2 billion dollars, driven by subscription sales in Europe.

			## Risks
			Currency movements and interest rates may reduce future earnings.
			""";

	private static final String CHINESE = """
			# 糖尿病指南

			二甲双胍是二型糖尿病的一线治疗药物。患者应定期监测血糖。

			# 高血压

			高血压患者应减少食盐摄入并坚持锻炼。
			""";

	@LocalServerPort
	int port;

	@Autowired
	HybridSearcher searcher;

	@Autowired
	CollectionRepository collections;

	ApiClient api;

	long cardiologyId;

	long financeId;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
	}

	@BeforeAll
	void ingest() {
		this.api = new ApiClient(this.port);
		this.api.postJson("/api/collections", Map.of("name", "library"));
		this.api.postJson("/api/collections", Map.of("name", "zhongwen", "language", "zh"));
		this.cardiologyId = this.api.ingest("library", "cardiology.md", CARDIOLOGY, "{\"area\":\"medicine\"}");
		this.financeId = this.api.ingest("library", "report.md", FINANCE, "{\"area\":\"finance\"}");
		this.api.ingest("zhongwen", "guide.md", CHINESE, "{}");
	}

	@Test
	void keywordModeMatchesTermsAndVectorModeMatchesMeaning() {
		JsonNode keyword = search("library", Map.of("query", "anticoagulation", "mode", "keyword"));
		assertThat(first(keyword).get("text").asString()).contains("anticoagulation");
		assertThat(first(keyword).get("keywordRank").asInt()).isEqualTo(1);

		// No word in common with the passage: only the encoder can find it.
		JsonNode vector = search("library",
				Map.of("query", "how much did the company's sales increase", "mode", "vector", "topK", 1));
		assertThat(first(vector).get("text").asString()).contains("Revenue grew 12 percent");
		assertThat(first(vector).get("vectorRank").asInt()).isEqualTo(1);

		JsonNode hybrid = search("library", Map.of("query", "medicine for fluid overload"));
		assertThat(first(hybrid).get("text").asString()).contains("Diuretics");
		assertThat(first(hybrid).get("headingPath").toString()).contains("Heart failure");
	}

	@Test
	void filtersRestrictByDocumentAndMetadata() {
		JsonNode onlyFinance = search("library", Map.of("query", "risk", "documentIds", List.of(this.financeId)));
		assertThat(onlyFinance.get("results").valueStream().map((hit) -> hit.get("documentId").asLong())).isNotEmpty()
			.containsOnly(this.financeId);
		JsonNode onlyMedicine = search("library", Map.of("query", "risk", "metadata", Map.of("area", "medicine")));
		assertThat(onlyMedicine.get("results").valueStream().map((hit) -> hit.get("documentId").asLong())).isNotEmpty()
			.containsOnly(this.cardiologyId);
	}

	@Test
	void weightedFusionAndDiversityAreSelectablePerRequest() {
		JsonNode weighted = search("library", Map.of("query", "stroke risk", "fusion", "weighted"));
		assertThat(first(weighted).get("text").asString()).contains("stroke");
		JsonNode diverse = search("library", Map.of("query", "stroke risk", "diversity", 0.3, "topK", 2));
		assertThat(diverse.get("results").size()).isEqualTo(2);
	}

	@Test
	void chineseCollectionsUseTheChineseEncoderAndAnalyzer() {
		JsonNode keyword = search("zhongwen", Map.of("query", "二甲双胍", "mode", "keyword"));
		assertThat(first(keyword).get("text").asString()).contains("二甲双胍");
		JsonNode vector = search("zhongwen", Map.of("query", "血压高的人应该怎么做", "mode", "vector", "topK", 1));
		assertThat(first(vector).get("text").asString()).contains("高血压");
	}

	@Test
	void hybridSearchIsASpringAiDocumentRetriever() {
		KnowledgeCollection library = this.collections.findByName("library").orElseThrow();
		CairnDocumentRetriever retriever = new CairnDocumentRetriever(this.searcher, library, 3);

		List<Document> documents = retriever.retrieve(new Query("beta blockers for heart failure"));
		assertThat(documents).isNotEmpty();
		assertThat(documents.get(0).getText()).contains("beta blockers");
		assertThat(documents.get(0).getMetadata()).containsEntry("documentId", this.cardiologyId)
			.containsKeys("pageStart", "pageEnd", "headingPath");
		assertThat(documents.get(0).getScore()).isPositive();

		Query restricted = Query.builder()
			.text("beta blockers for heart failure")
			.context(Map.of(CairnDocumentRetriever.DOCUMENT_IDS, Set.of(this.financeId)))
			.build();
		assertThat(retriever.retrieve(restricted)).extracting((document) -> document.getMetadata().get("documentId"))
			.containsOnly(this.financeId);
	}

	private JsonNode search(String collection, Map<String, Object> body) {
		Response response = this.api.postJson("/api/collections/" + collection + "/search", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode first(JsonNode response) {
		assertThat(response.get("results").size()).as(response.toString()).isPositive();
		return response.get("results").get(0);
	}

}
