package io.cairn.encoders.clip;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.imageio.ImageIO;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentStatus;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.MediaAssetRepository;
import io.cairn.core.media.SourceLocation;
import io.cairn.core.media.TimeSpan;
import io.cairn.core.multimodal.CrossModalAligner;
import io.cairn.core.multimodal.ImageChunkAlignment;
import io.cairn.core.multimodal.ImageHit;
import io.cairn.core.multimodal.ImageSearch;
import io.cairn.core.multimodal.InMemoryImageVectorIndex;
import io.cairn.core.multimodal.LinearProjection;
import io.cairn.encoders.clip.testing.TinyClip;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.encoders.text.OnnxTextEncoder;
import io.cairn.encoders.text.TextEncoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole image path with a generated CLIP-like model and the real MiniLM text encoder:
 * load, preprocess, embed, fit a projection into MiniLM's space on paired captions, align
 * chunk vectors, search images by text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClipPipelineIT {

	private static final long SEED = 42L;

	private static final long COLLECTION = 7;

	private static final String CHUNK_TEXT = "The warning label is shown in the figure on this page.";

	private TextEncoders textEncoders;

	private OnnxTextEncoder minilm;

	private OnnxImageEmbedder clip;

	private LinearProjection projection;

	@BeforeAll
	void load(@TempDir Path dir) throws IOException {
		this.textEncoders = new TextEncoders(OnnxSettings.cpu(1), io.cairn.encoders.text.TextEncoderOptions.defaults());
		this.minilm = this.textEncoders.get("all-minilm-l6-v2").encoder();
		this.clip = OnnxImageEmbedder.load(TinyClip.write(dir.resolve("clip"), 8, SEED),
				new OnnxSessionFactory(OnnxSettings.cpu(1)));
		// pairs: jittered colour squares (image tower) with their caption (MiniLM)
		Random random = new Random(SEED);
		List<float[]> images = new ArrayList<>();
		List<float[]> captions = new ArrayList<>();
		for (var colour : TinyClip.COLOURS.entrySet()) {
			float[] caption = this.minilm.embed("a " + colour.getKey() + " square");
			for (int i = 0; i < 12; i++) {
				images.add(this.clip.embedImage(png(jitter(colour.getValue(), random))));
				captions.add(caption);
			}
		}
		this.projection = LinearProjection.fit(images, captions, 0.01);
	}

	@AfterAll
	void close() {
		this.clip.close();
		this.textEncoders.close();
	}

	@Test
	void theProjectionMapsEachColourNextToItsOwnCaption() {
		for (var colour : TinyClip.COLOURS.entrySet()) {
			float[] projected = this.projection.apply(this.clip.embedImage(image(colour.getValue())));
			String best = TinyClip.COLOURS.keySet()
				.stream()
				.max((a, b) -> Double.compare(cos(projected, this.minilm.embed("a " + a + " square")),
						cos(projected, this.minilm.embed("a " + b + " square"))))
				.orElseThrow();
			assertThat(best).as("seed %d", SEED).isEqualTo(colour.getKey());
		}
	}

	@Test
	void alignmentMakesIdenticalChunksFindableByTheirFigureAndSearchFindsTheFigure() throws IOException {
		List<MediaAsset> assets = List.of(figure("fig-red", 1, Color.RED), figure("fig-green", 2, Color.GREEN),
				figure("fig-blue", 3, Color.BLUE), broken("fig-broken", 3));
		MediaAssetRepository repository = repository(assets);
		InMemoryImageVectorIndex index = new InMemoryImageVectorIndex();
		ImageChunkAlignment alignment = new ImageChunkAlignment(this.clip, repository, this.projection,
				new CrossModalAligner(0.1, 0.5), index, 10_000_000);
		float[] text = this.minilm.embed(CHUNK_TEXT);
		List<StoredChunk> chunks = new ArrayList<>();
		for (int page = 1; page <= 4; page++) {
			chunks.add(chunk(page, text));
		}
		List<String> notes = new ArrayList<>();
		List<StoredChunk> aligned = alignment.align(document(), chunks, notes::add);

		assertThat(notes).singleElement().asString().contains("fig-broken");
		assertThat(aligned.get(3).embedding()).as("no figure on page 4").isSameAs(text);
		float[] query = this.minilm.embed("the red warning label");
		assertThat(cos(query, chunks.get(0).embedding())).isEqualTo(cos(query, chunks.get(1).embedding()));
		double red = cos(query, aligned.get(0).embedding());
		assertThat(red).isGreaterThan(cos(query, text));
		assertThat(red).isGreaterThan(cos(query, aligned.get(1).embedding()));
		assertThat(red).isGreaterThan(cos(query, aligned.get(2).embedding()));
		assertThat(norm(aligned.get(0).embedding())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));

		ImageSearch search = new ImageSearch(this.clip, index);
		List<ImageHit> hits = search.searchImages(COLLECTION, "a photo of blue", 3);
		assertThat(hits).extracting(ImageHit::assetKey).first().isEqualTo("fig-blue");
		assertThat(hits.get(0).page()).isEqualTo(3);
		assertThat(hits.get(0).box()).isEqualTo(new Box(0.1, 0.2, 0.5, 0.4));
		assertThat(hits).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
		assertThat(search.searchImages(COLLECTION + 1, "blue", 3)).isEmpty();
		alignment.discard(1);
		assertThat(search.searchImages(COLLECTION, "blue", 3)).isEmpty();
	}

	@Test
	void aRecordingsChunkTakesInThePooledFramesOfItsOwnTimeWindow() throws IOException {
		List<MediaAsset> frames = List.of(frame("frame-1", 2_000, Color.RED), frame("frame-2", 6_000, Color.RED),
				frame("frame-3", 8_000, Color.GREEN), frame("frame-4", 14_000, Color.BLUE));
		ImageChunkAlignment alignment = new ImageChunkAlignment(this.clip, repository(frames), this.projection,
				new CrossModalAligner(0.1, 0.5), new InMemoryImageVectorIndex(), 10_000_000);
		float[] text = this.minilm.embed(CHUNK_TEXT);
		List<StoredChunk> chunks = List.of(timedChunk(0, 0, 10_000, text), timedChunk(1, 10_000, 20_000, text));

		List<StoredChunk> aligned = alignment.align(document(), chunks, (note) -> {
		});

		float[] red = this.minilm.embed("the red warning label");
		float[] blue = this.minilm.embed("the blue warning label");
		// the first segment shows red twice and green once; the second only blue
		assertThat(cos(red, aligned.get(0).embedding())).isGreaterThan(cos(red, aligned.get(1).embedding()));
		assertThat(cos(blue, aligned.get(1).embedding())).isGreaterThan(cos(blue, aligned.get(0).embedding()));
		assertThat(norm(aligned.get(0).embedding())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
	}

	private static StoredChunk timedChunk(int ordinal, long startMs, long endMs, float[] vector) {
		return new StoredChunk("t" + ordinal, 1, COLLECTION, ordinal, CHUNK_TEXT, 12, 1, 1, List.of(),
				ChunkContentKind.TEXT, Map.of(), vector, new SourceLocation(List.of(), new TimeSpan(startMs, endMs)));
	}

	private static MediaAsset frame(String key, long atMs, Color colour) throws IOException {
		return new MediaAsset(key, AssetKind.FRAME, 1, null, new TimeSpan(atMs, atMs + 1_000), "image/png", 24, 24, 0,
				pngBytes(image(colour)));
	}

	@Test
	void withoutAProjectionAMismatchedSpaceSkipsAlignmentWithANote() throws IOException {
		MediaAssetRepository repository = repository(List.of(figure("fig-red", 1, Color.RED)));
		InMemoryImageVectorIndex index = new InMemoryImageVectorIndex();
		ImageChunkAlignment alignment = new ImageChunkAlignment(this.clip, repository, null,
				new CrossModalAligner(0.1, 0.5), index, 10_000_000);
		List<StoredChunk> chunks = List.of(chunk(1, this.minilm.embed(CHUNK_TEXT)));
		List<String> notes = new ArrayList<>();
		assertThat(alignment.align(document(), chunks, notes::add)).isSameAs(chunks);
		assertThat(notes).singleElement().asString().contains("8-d", "384-d", "cairn.images.projection");
		// the image is still searchable
		assertThat(index.search(COLLECTION, this.clip.embedText("red"), 1)).extracting(ImageHit::assetKey)
			.containsExactly("fig-red");
	}

	private static MediaAssetRepository repository(List<MediaAsset> assets) {
		return new MediaAssetRepository() {
			@Override
			public Optional<MediaAsset> find(long documentId, String key) {
				return assets.stream().filter((a) -> a.key().equals(key)).findFirst();
			}

			@Override
			public Optional<MediaAsset> findPageImage(long documentId, int page) {
				return assets.stream().filter((a) -> a.kind() == AssetKind.PAGE_IMAGE && a.page() == page).findFirst();
			}

			@Override
			public List<MediaAsset> findByDocument(long documentId) {
				return assets;
			}
		};
	}

	private static Document document() {
		return new Document(1, COLLECTION, "t", "t.pdf", "application/pdf", 1, "x", DocumentStatus.PROCESSING,
				"general", 4, 0, Map.of(), null, Instant.EPOCH, Instant.EPOCH, List.of());
	}

	private static StoredChunk chunk(int page, float[] vector) {
		return new StoredChunk("c" + page, 1, COLLECTION, page, CHUNK_TEXT, 12, page, page, List.of(),
				ChunkContentKind.TEXT, Map.of(), vector);
	}

	private static MediaAsset figure(String key, int page, Color colour) throws IOException {
		return new MediaAsset(key, AssetKind.FIGURE, page, new Box(0.1, 0.2, 0.5, 0.4), null, "image/png", 24, 24, 0,
				pngBytes(image(colour)));
	}

	private static MediaAsset broken(String key, int page) {
		return new MediaAsset(key, AssetKind.FIGURE, page, null, null, "image/png", 24, 24, 0, new byte[] { 1, 2, 3 });
	}

	private static BufferedImage image(Color colour) {
		return OnnxImageEmbedderTest.filled(24, 24, colour);
	}

	private static BufferedImage png(BufferedImage image) throws IOException {
		return ImageIO.read(new java.io.ByteArrayInputStream(pngBytes(image)));
	}

	private static byte[] pngBytes(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static BufferedImage jitter(Color colour, Random random) {
		BufferedImage image = image(colour);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = clamp(((rgb >> 16) & 0xff) + random.nextInt(41) - 20);
				int g = clamp(((rgb >> 8) & 0xff) + random.nextInt(41) - 20);
				int b = clamp((rgb & 0xff) + random.nextInt(41) - 20);
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		return image;
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	private static double cos(float[] a, float[] b) {
		return OnnxImageEmbedderTest.cos(a, b);
	}

	private static double norm(float[] a) {
		return OnnxImageEmbedderTest.norm(a);
	}

}
