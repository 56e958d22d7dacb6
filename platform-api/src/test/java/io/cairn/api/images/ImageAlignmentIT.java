package io.cairn.api.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import io.cairn.api.support.ApiClient;
import io.cairn.api.support.TestDatabases;
import io.cairn.core.collection.Language;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.multimodal.ImageHit;
import io.cairn.core.multimodal.LinearProjection;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.db.catalog.JdbcImageVectorIndex;
import io.cairn.encoders.clip.OnnxImageEmbedder;
import io.cairn.encoders.clip.testing.TinyClip;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * With an image model configured (a generated tiny CLIP and a projection into the text
 * encoder's space), ingest embeds a document's figures, fuses them into the vectors of
 * the chunks on their page, and the image search endpoint finds them by text. The figures
 * come from a test parser because no parser on this branch emits images yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "cairn.storage.mode=server", "cairn.security.api-keys=open" })
class ImageAlignmentIT {

	private static final String TEXT = "The warning label is shown in the figure on this page.";

	@LocalServerPort
	int port;

	@Autowired
	ChunkRepository chunks;

	@Autowired
	EmbeddingSpaces spaces;

	@Autowired
	OnnxImageEmbedder embedder;

	@Autowired
	DataSource dataSource;

	@Autowired
	DocumentRepository documents;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		registry.add("spring.datasource.url", TestDatabases::freshSchemaUrl);
		registry.add("cairn.storage.data-dir", TestDatabases::freshDataDir);
		Path dir = Files.createTempDirectory("cairn-clip");
		TinyClip.write(dir.resolve("model"), 8, 3L);
		// any projection into the 384-d text space will do for the wiring; ClipPipelineIT
		// measures a fitted one
		Random random = new Random(3L);
		float[][] w = new float[384][8];
		for (float[] row : w) {
			for (int i = 0; i < row.length; i++) {
				row[i] = (float) random.nextGaussian();
			}
		}
		new LinearProjection(w, new float[384]).write(dir.resolve("projection.bin"));
		registry.add("cairn.images.models-dir", () -> dir.resolve("model").toString());
		registry.add("cairn.images.projection", () -> dir.resolve("projection.bin").toString());
	}

	@Test
	void ingestFusesTheFigureIntoItsPageAndImageSearchFindsIt() {
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "figures"));
		long documentId = api.ingest("figures", "report.md", "# Report\n\n" + TEXT, "{}");

		List<StoredChunk> stored = this.chunks.findByDocument(documentId);
		assertThat(stored).hasSize(1);
		float[] plain = this.spaces.forLanguage(Language.ENGLISH).passages().embed(TEXT);
		float[] fused = stored.get(0).embedding();
		assertThat(norm(fused)).isCloseTo(1.0, within(1e-4));
		assertThat(dot(fused, plain)).as("the figure was fused in").isLessThan(0.999).isGreaterThan(0.5);

		JsonNode found = api.get("/api/collections/figures/images/search?q=a%20photo%20of%20blue&k=2").json();
		JsonNode first = found.get("results").get(0);
		assertThat(first.get("asset").asString()).isEqualTo("fig-blue");
		assertThat(first.get("documentId").asLong()).isEqualTo(documentId);
		assertThat(first.get("page").asInt()).isEqualTo(1);
		assertThat(found.get("results")).hasSize(2);
		assertThat(api.get("/api/collections/figures/images/search?q=%20").status()).isEqualTo(400);
	}

	@Test
	void imageVectorsAreInTheCatalogAndGoWithTheirDocument() {
		ApiClient api = new ApiClient(this.port);
		api.postJson("/api/collections", Map.of("name", "kept"));
		long documentId = api.ingest("kept", "report.md", "# Report\n\n" + TEXT, "{}");
		long collectionId = this.documents.findById(documentId).orElseThrow().collectionId();
		float[] blue = this.embedder.embedText("a photo of blue");

		// a fresh index over the same database stands for the app after a restart
		JdbcImageVectorIndex afterRestart = new JdbcImageVectorIndex(this.dataSource, this.embedder.name());
		assertThat(afterRestart.search(collectionId, blue, 5)).extracting(ImageHit::documentId)
			.containsOnly(documentId)
			.hasSize(2);

		assertThat(api.delete("/api/collections/kept/documents/" + documentId).status()).isEqualTo(204);
		assertThat(api.get("/api/collections/kept/images/search?q=a%20photo%20of%20blue&k=5").json().get("results"))
			.isEmpty();
		assertThat(afterRestart.search(collectionId, blue, 5)).isEmpty();
	}

	private static double dot(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += (double) a[i] * b[i];
		}
		return s;
	}

	private static double norm(float[] a) {
		return Math.sqrt(dot(a, a));
	}

	@TestConfiguration
	static class FigureParserConfiguration {

		/** Markdown parsed as one page of text with a blue and a red figure. */
		@Bean
		@Primary
		DocumentParsers figureParsers() {
			return new DocumentParsers(List.of(new FigureParser()));
		}

	}

	static final class FigureParser implements DocumentParser {

		@Override
		public boolean supports(String mediaType) {
			return mediaType.equals("text/markdown");
		}

		@Override
		public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
			sink.pageCount(1);
			Box box = new Box(0.1, 0.5, 0.4, 0.3);
			sink.page(1, List.of(new Element(0, ElementKind.TEXT, TEXT, 1, List.of(), 0, null, box, null, null)),
					List.of(figure("fig-blue", Color.BLUE, box), figure("fig-red", Color.RED, box)));
		}

		private static MediaAsset figure(String key, Color colour, Box box) {
			BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(colour);
			g.fillRect(0, 0, 20, 20);
			g.dispose();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			try {
				ImageIO.write(image, "png", png);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new MediaAsset(key, AssetKind.FIGURE, 1, box, null, "image/png", 20, 20, 0, png.toByteArray());
		}

	}

}
