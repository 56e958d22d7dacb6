package io.cairn.core.multimodal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.cairn.core.document.Document;
import io.cairn.core.ingest.ChunkAlignment;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.media.AssetKind;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.MediaAssetRepository;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * The ingest step for images: embeds a document's media assets with the image model,
 * keeps their vectors for text-to-image search, and, when alignment is on, fuses into
 * each chunk's vector the images beside it ({@link CrossModalAligner}), after projecting
 * them into the text space.
 * <p>
 * Beside a chunk are the figures on its pages, or for a recording's chunk the frames
 * whose time overlaps the chunk's, pooled into one vector by
 * {@link TemporalAttentionPooling}. Whole-page images (scans) are searchable but not
 * fused: their content is the chunk's own OCR text. An image that cannot be decoded is
 * skipped with a document note; a space mismatch disables alignment for the document with
 * a note rather than failing it.
 */
public final class ImageChunkAlignment implements ChunkAlignment {

	private final ImageEmbedder embedder;

	private final MediaAssetRepository assets;

	private final @Nullable LinearProjection projection;

	private final @Nullable CrossModalAligner aligner;

	private final ImageVectorIndex index;

	private final long maxPixels;

	/**
	 * @param embedder the image model
	 * @param assets where the document's images are
	 * @param projection image space to text space, or {@code null} when the image model
	 * shares the text encoder's space
	 * @param aligner the fusion, or {@code null} to only index images for search
	 * @param index keeps the image vectors for search
	 * @param maxPixels largest image decoded
	 */
	public ImageChunkAlignment(ImageEmbedder embedder, MediaAssetRepository assets,
			@Nullable LinearProjection projection, @Nullable CrossModalAligner aligner, ImageVectorIndex index,
			long maxPixels) {
		this.embedder = embedder;
		this.assets = assets;
		this.projection = projection;
		this.aligner = aligner;
		this.index = index;
		this.maxPixels = maxPixels;
	}

	@Override
	public List<StoredChunk> align(Document document, List<StoredChunk> chunks, Consumer<String> notes) {
		List<MediaAsset> all = this.assets.findByDocument(document.id());
		Map<MediaAsset, float[]> embedded = embed(all, notes);
		this.index.replaceDocument(document.id(),
				embedded.entrySet()
					.stream()
					.map((e) -> ImageVector.of(document.collectionId(), document.id(), e.getKey(), e.getValue()))
					.toList());
		if (this.aligner == null || chunks.isEmpty() || embedded.isEmpty()) {
			return chunks;
		}
		Map<MediaAsset, float[]> projected = project(embedded, chunks.get(0).embedding().length, notes);
		if (projected.isEmpty()) {
			return chunks;
		}
		List<StoredChunk> aligned = new ArrayList<>(chunks.size());
		for (StoredChunk chunk : chunks) {
			List<float[]> beside = beside(chunk, projected);
			if (chunk.location().time() != null && beside.size() > 1) {
				// A recording's frames in the chunk's window are pooled over time first,
				// attending with the chunk's text, so the segment counts as one picture.
				beside = List.of(new TemporalAttentionPooling(this.aligner.tau()).pool(beside, chunk.embedding()));
			}
			aligned.add(beside.isEmpty() ? chunk : chunk.withEmbedding(this.aligner.fuse(chunk.embedding(), beside)));
		}
		return aligned;
	}

	@Override
	public void discard(long documentId) {
		this.index.deleteDocument(documentId);
	}

	private Map<MediaAsset, float[]> embed(List<MediaAsset> all, Consumer<String> notes) {
		Map<MediaAsset, float[]> embedded = new LinkedHashMap<>();
		for (MediaAsset asset : all) {
			BufferedImage image;
			try {
				image = ImageDecoding.decode(asset.bytes(), this.maxPixels);
			}
			catch (IOException ex) {
				notes.accept("Image " + asset.key() + " on page " + asset.page()
						+ " was not embedded for image search: " + ex.getMessage());
				continue;
			}
			embedded.put(asset, this.embedder.embedImage(image));
		}
		return embedded;
	}

	private Map<MediaAsset, float[]> project(Map<MediaAsset, float[]> embedded, int textDimensions,
			Consumer<String> notes) {
		int imageDimensions = this.embedder.dimensions();
		LinearProjection p = this.projection;
		if ((p == null && imageDimensions != textDimensions)
				|| (p != null && (p.inputs() != imageDimensions || p.outputs() != textDimensions))) {
			notes.accept("Cross-modal alignment skipped: the image model " + this.embedder.name() + " gives "
					+ imageDimensions + "-d vectors, the text encoder " + textDimensions + "-d, and "
					+ ((p == null) ? "no projection is configured (cairn.images.projection)"
							: "the projection maps " + p.inputs() + "-d to " + p.outputs() + "-d"));
			return Map.of();
		}
		Map<MediaAsset, float[]> projected = new LinkedHashMap<>();
		embedded.forEach((asset, v) -> projected.put(asset, Vectors.normalize((p != null) ? p.apply(v) : v)));
		return projected;
	}

	private static List<float[]> beside(StoredChunk chunk, Map<MediaAsset, float[]> projected) {
		TimeSpan time = chunk.location().time();
		List<float[]> beside = new ArrayList<>();
		projected.forEach((asset, v) -> {
			boolean near = (time != null) ? (asset.time() != null && overlaps(time, asset.time()))
					: (asset.time() == null && asset.kind() != AssetKind.PAGE_IMAGE && asset.page() >= chunk.pageStart()
							&& asset.page() <= chunk.pageEnd());
			if (near) {
				beside.add(v);
			}
		});
		return beside;
	}

	private static boolean overlaps(TimeSpan a, TimeSpan b) {
		return a.startMs() < b.endMs() && b.startMs() < a.endMs();
	}

}
