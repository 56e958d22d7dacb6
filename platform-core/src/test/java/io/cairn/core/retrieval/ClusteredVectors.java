package io.cairn.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.cairn.core.collection.Language;

/**
 * Test data for vector indexes: unit vectors in clusters around random centres (uniform
 * noise in high dimensions has no near neighbours, which makes recall meaningless), and
 * the exact search that approximate results are judged against.
 */
public final class ClusteredVectors {

	/** Chunks per document in {@link #corpus}. */
	public static final int CHUNKS_PER_DOCUMENT = 30;

	/** Collections in {@link #corpus}, ids 1 to 3. */
	public static final int COLLECTIONS = 3;

	/** Distinct values of the {@code topic} metadata in {@link #corpus}. */
	public static final int TOPICS = 5;

	private final Random random;

	private final int dimensions;

	private final float[][] centres;

	public ClusteredVectors(Random random, int dimensions, int clusters) {
		this.random = random;
		this.dimensions = dimensions;
		this.centres = new float[clusters][];
		for (int i = 0; i < clusters; i++) {
			this.centres[i] = gaussian(1.0);
			normalize(this.centres[i]);
		}
	}

	/** A unit vector near a random centre (cosine to it typically 0.6 to 0.9). */
	public float[] next() {
		float[] centre = this.centres[this.random.nextInt(this.centres.length)];
		// Noise of norm ~0.5 to ~1.2 in any dimension count: clusters of varying
		// tightness.
		double sigma = (0.5 + 0.7 * this.random.nextDouble()) / Math.sqrt(this.dimensions);
		float[] noise = gaussian(sigma);
		for (int i = 0; i < this.dimensions; i++) {
			noise[i] += centre[i];
		}
		normalize(noise);
		return noise;
	}

	/**
	 * {@code size} chunks with ids {@code c0, c1, …}: {@value #CHUNKS_PER_DOCUMENT} per
	 * document (document ids from 1), documents spread over {@value #COLLECTIONS}
	 * collections (ids 1 to 3), and metadata {@code topic} ({@code t0} to {@code t4}) and
	 * {@code parity} ({@code even}/{@code odd}).
	 */
	public List<IndexedChunk> corpus(int size) {
		List<IndexedChunk> chunks = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			long document = 1 + i / CHUNKS_PER_DOCUMENT;
			long collection = 1 + document % COLLECTIONS;
			Map<String, String> metadata = Map.of("topic", "t" + this.random.nextInt(TOPICS), "parity",
					(i % 2 == 0) ? "even" : "odd");
			chunks
				.add(new IndexedChunk("c" + i, collection, document, Language.ENGLISH, "chunk " + i, metadata, next()));
		}
		return chunks;
	}

	/**
	 * The exact top {@code k} of the chunks that pass the filter, by cosine similarity.
	 */
	public static List<Hit> exactSearch(List<IndexedChunk> chunks, float[] query, int k, SearchFilter filter) {
		return chunks.stream()
			.filter((chunk) -> filter.matches(chunk.collectionId(), chunk.documentId(), chunk.metadata()))
			.map((chunk) -> new Hit(chunk.chunkId(), (float) cosine(query, chunk.vector())))
			.sorted(Comparator.comparingDouble(Hit::score).reversed())
			.limit(k)
			.toList();
	}

	public static double cosine(float[] a, float[] b) {
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return dot / Math.sqrt(normA * normB);
	}

	private float[] gaussian(double sigma) {
		float[] vector = new float[this.dimensions];
		for (int i = 0; i < this.dimensions; i++) {
			vector[i] = (float) (this.random.nextGaussian() * sigma);
		}
		return vector;
	}

	private static void normalize(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		for (int i = 0; i < vector.length; i++) {
			vector[i] /= (float) norm;
		}
	}

}
