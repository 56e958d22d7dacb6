package io.cairn.db.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import io.cairn.core.collection.Language;
import io.cairn.core.document.NewDocument;
import io.cairn.core.media.Box;
import io.cairn.core.media.TimeSpan;
import io.cairn.core.multimodal.ImageHit;
import io.cairn.core.multimodal.ImageVector;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Image vectors in a real PostgreSQL (no pgvector needed): upserts are idempotent, search
 * ranks by cosine within one collection and one model, a second index over the same
 * database finds what the first wrote (a restart), and deleting a document removes its
 * vectors by cascade. Run on the server and on the embedded PostgreSQL.
 */
abstract class ImageVectorIndexContract {

	private static final String MODEL = "tiny-clip";

	private final Random random = new Random(7);

	private JdbcImageVectorIndex index;

	private JdbcDocumentRepository documents;

	private JdbcCollectionRepository collections;

	protected abstract DataSource dataSource();

	@BeforeEach
	void index() {
		JdbcClient.create(dataSource()).sql("TRUNCATE collection CASCADE").update();
		this.index = new JdbcImageVectorIndex(dataSource(), MODEL);
		this.documents = new JdbcDocumentRepository(dataSource());
		this.collections = new JdbcCollectionRepository(dataSource());
	}

	@Test
	void upsertIsIdempotentAndReplacesTheVector() {
		long collection = collection("a");
		long document = document(collection);
		Box box = new Box(0.1, 0.2, 0.3, 0.4);
		this.index.upsert(List.of(vector(collection, document, "fig", box, null, 1, 0, 0)));
		this.index.upsert(List.of(vector(collection, document, "fig", box, null, 1, 0, 0)));
		assertThat(this.index.count()).isEqualTo(1);
		this.index.upsert(List.of(vector(collection, document, "fig", box, null, 0, 1, 0)));
		assertThat(this.index.count()).isEqualTo(1);
		ImageHit hit = this.index.search(collection, new float[] { 0, 1, 0 }, 5).get(0);
		assertThat(hit.score()).isCloseTo(1.0, within(1e-6));
		assertThat(hit.assetKey()).isEqualTo("fig");
		assertThat(hit.documentId()).isEqualTo(document);
		assertThat(hit.box()).isNotNull();
		assertThat(hit.box().x()).isCloseTo(0.1, within(1e-6));
		assertThat(hit.time()).isNull();
	}

	@Test
	void searchRanksByCosineWithinTheCollectionAndModel() {
		long collection = collection("a");
		long document = document(collection);
		long otherCollection = collection("b");
		long otherDocument = document(otherCollection);
		TimeSpan time = new TimeSpan(1_000, 2_000);
		this.index.upsert(List.of(vector(collection, document, "far", null, null, -1, 0.2f, 0),
				vector(collection, document, "near", null, time, 1, 0.1f, 0),
				vector(collection, document, "middle", null, null, 1, 1, 0),
				vector(otherCollection, otherDocument, "exact", null, null, 1, 0, 0)));
		new JdbcImageVectorIndex(dataSource(), "other-model")
			.upsert(List.of(vector(collection, document, "other-model", null, null, 1, 0, 0)));

		List<ImageHit> hits = this.index.search(collection, new float[] { 1, 0, 0 }, 10);
		assertThat(hits).extracting(ImageHit::assetKey).containsExactly("near", "middle", "far");
		assertThat(hits.get(0).time()).isEqualTo(time);
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
		assertThat(this.index.search(collection, new float[] { 1, 0, 0 }, 2)).extracting(ImageHit::assetKey)
			.containsExactly("near", "middle");
		assertThat(this.index.search(otherCollection, new float[] { 1, 0, 0 }, 10)).extracting(ImageHit::assetKey)
			.containsExactly("exact");
	}

	@Test
	void anotherIndexOverTheSameDatabaseFindsTheVectors() {
		long collection = collection("a");
		long document = document(collection);
		this.index.upsert(List.of(vector(collection, document, "fig", null, null, 0, 0, 1)));
		JdbcImageVectorIndex afterRestart = new JdbcImageVectorIndex(dataSource(), MODEL);
		assertThat(afterRestart.search(collection, new float[] { 0, 0, 1 }, 1)).extracting(ImageHit::assetKey)
			.containsExactly("fig");
	}

	@Test
	void replaceDropsImagesTheDocumentNoLongerHas() {
		long collection = collection("a");
		long document = document(collection);
		this.index.upsert(List.of(vector(collection, document, "old", null, null, 1, 0, 0),
				vector(collection, document, "kept", null, null, 0, 1, 0)));
		this.index.replaceDocument(document, List.of(vector(collection, document, "kept", null, null, 0, 1, 0)));
		assertThat(this.index.search(collection, new float[] { 1, 0, 0 }, 10)).extracting(ImageHit::assetKey)
			.containsExactly("kept");
	}

	@Test
	void deletingTheDocumentRemovesItsVectors() {
		long collection = collection("a");
		long deleted = document(collection);
		long kept = document(collection);
		this.index.upsert(List.of(vector(collection, deleted, "gone", null, null, 1, 0, 0),
				vector(collection, kept, "stays", null, null, 0, 1, 0)));
		assertThat(this.documents.delete(deleted)).isTrue();
		assertThat(this.index.count()).isEqualTo(1);
		assertThat(this.index.search(collection, new float[] { 1, 0, 0 }, 10)).extracting(ImageHit::documentId)
			.containsExactly(kept);
	}

	@Test
	void searchesThousandsOfImagesQuickly() {
		long collection = collection("a");
		long document = document(collection);
		int count = 2_000;
		int dimensions = 512;
		List<ImageVector> vectors = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			float[] v = new float[dimensions];
			for (int j = 0; j < dimensions; j++) {
				v[j] = (float) this.random.nextGaussian();
			}
			vectors.add(new ImageVector(collection, document, "img-" + i, 1, null, null, v));
		}
		long start = System.nanoTime();
		this.index.upsert(vectors);
		long inserted = System.nanoTime();
		float[] query = vectors.get(1234).vector();
		List<ImageHit> hits = List.of();
		for (int i = 0; i < 3; i++) {
			hits = this.index.search(collection, query, 10);
		}
		long searched = System.nanoTime();
		System.out.printf("image_vector: upsert %d x %d-d in %d ms, search %d ms%n", count, dimensions,
				(inserted - start) / 1_000_000, (searched - inserted) / 3_000_000);
		assertThat(hits).hasSize(10);
		assertThat(hits.get(0).assetKey()).isEqualTo("img-1234");
	}

	private long collection(String name) {
		return this.collections.create(name, Language.ENGLISH, "general").id();
	}

	private long document(long collection) {
		byte[] content = new byte[32];
		this.random.nextBytes(content);
		String sha = java.util.HexFormat.of().formatHex(content);
		return this.documents
			.insertWithJob(new NewDocument(collection, "Report", "report.pdf", "application/pdf", sha, "general",
					Map.of(), content))
			.document()
			.id();
	}

	private static ImageVector vector(long collection, long document, String key, @Nullable Box box,
			@Nullable TimeSpan time, float... values) {
		return new ImageVector(collection, document, key, 1, box, time, values);
	}

}
