package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Detects a file's media type from its bytes (Tika's default detector) and normalises it
 * to one of the {@link SupportedMediaTypes}. The content decides; the file name only
 * refines text (a {@code .md} name makes plain text Markdown) and is checked against the
 * content, so that a {@code report.pdf} that is really a PNG is rejected instead of
 * failing deep inside a parser. Thread-safe.
 */
public final class MediaTypeDetector {

	private static final MediaType OCTET_STREAM = MediaType.OCTET_STREAM;

	private static final MediaType ENCRYPTED_OOXML = MediaType.application("x-tika-ooxml-protected");

	/**
	 * What Tika says of an Office Open XML package whose main part it could not pin down.
	 */
	private static final MediaType GENERIC_OOXML = MediaType.application("x-tika-ooxml");

	private static final Map<String, String> SUPPORTED_BY_DETECTED_TYPE = Map.of("application/pdf",
			SupportedMediaTypes.PDF, SupportedMediaTypes.DOCX, SupportedMediaTypes.DOCX, SupportedMediaTypes.PPTX,
			SupportedMediaTypes.PPTX, SupportedMediaTypes.XLSX, SupportedMediaTypes.XLSX, "text/html",
			SupportedMediaTypes.HTML, "application/xhtml+xml", SupportedMediaTypes.HTML, "text/x-web-markdown",
			SupportedMediaTypes.MARKDOWN, "text/markdown", SupportedMediaTypes.MARKDOWN, "text/plain",
			SupportedMediaTypes.TEXT);

	/**
	 * Images, as Tika names them (its registry normalises aliases such as
	 * image/x-ms-bmp).
	 */
	private static final Map<String, String> SUPPORTED_IMAGE_BY_DETECTED_TYPE = Map.of("image/png",
			SupportedMediaTypes.PNG, "image/jpeg", SupportedMediaTypes.JPEG, "image/tiff", SupportedMediaTypes.TIFF,
			"image/webp", SupportedMediaTypes.WEBP, "image/bmp", SupportedMediaTypes.BMP, "image/x-ms-bmp",
			SupportedMediaTypes.BMP);

	/** Recordings, as Tika names them (several names for one container or codec). */
	private static final Map<String, String> SUPPORTED_RECORDINGS = Map.ofEntries(
			Map.entry("video/mp4", SupportedMediaTypes.MP4), Map.entry("video/webm", SupportedMediaTypes.WEBM),
			Map.entry("video/x-matroska", SupportedMediaTypes.MKV),
			Map.entry("video/quicktime", SupportedMediaTypes.MOV),
			Map.entry("video/x-msvideo", SupportedMediaTypes.AVI), Map.entry("audio/vnd.wave", SupportedMediaTypes.WAV),
			Map.entry("audio/wav", SupportedMediaTypes.WAV), Map.entry("audio/x-wav", SupportedMediaTypes.WAV),
			Map.entry("audio/mpeg", SupportedMediaTypes.MP3), Map.entry("audio/mp4", SupportedMediaTypes.M4A),
			Map.entry("audio/x-m4a", SupportedMediaTypes.M4A), Map.entry("audio/aac", SupportedMediaTypes.M4A),
			Map.entry("audio/ogg", SupportedMediaTypes.OGG), Map.entry("audio/vorbis", SupportedMediaTypes.OGG),
			Map.entry("audio/opus", SupportedMediaTypes.OGG), Map.entry("video/ogg", SupportedMediaTypes.OGG),
			Map.entry("application/ogg", SupportedMediaTypes.OGG));

	private final Detector detector;

	private final MediaTypeRegistry registry;

	public MediaTypeDetector() {
		TikaConfig config = TikaConfig.getDefaultConfig();
		this.detector = config.getDetector();
		this.registry = config.getMediaTypeRegistry();
	}

	/**
	 * Detects the type of a file.
	 * @param file the content
	 * @param fileName the name the user gave the file, if any (the path's own name is
	 * ignored, since stored blobs rarely keep it)
	 * @return one of {@link SupportedMediaTypes#ALL}
	 * @throws DocumentRejectedException EMPTY, ENCRYPTED, MEDIA_TYPE_MISMATCH or
	 * UNSUPPORTED_MEDIA_TYPE
	 */
	public String detect(Path file, @Nullable String fileName) {
		try (TikaInputStream in = TikaInputStream.get(file)) {
			if (in.getLength() == 0) {
				throw DocumentRejectedException.empty();
			}
			return decide(this.detector.detect(in, new Metadata()), fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/** Same as {@link #detect(Path, String)} for content held in memory. */
	public String detect(byte[] content, @Nullable String fileName) {
		if (content.length == 0) {
			throw DocumentRejectedException.empty();
		}
		try (TikaInputStream in = TikaInputStream.get(content)) {
			return decide(this.detector.detect(in, new Metadata()), fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String decide(MediaType detected, @Nullable String fileName) throws IOException {
		MediaType fromContent = this.registry.normalize(detected.getBaseType());
		MediaType fromName = typeOfName(fileName);
		if (fromContent.equals(ENCRYPTED_OOXML)) {
			throw DocumentRejectedException.encrypted();
		}
		if (fromContent.equals(GENERIC_OOXML) && SupportedMediaTypes.isOoxml(fromName.toString())) {
			// The name picks the format; the parser checks the package itself.
			return fromName.toString();
		}
		boolean textContent = isText(fromContent);
		if (fileName != null && !fromName.equals(OCTET_STREAM) && !compatible(fromContent, fromName, textContent)) {
			throw DocumentRejectedException.mismatch(fileName, describe(fromName), describe(fromContent));
		}
		if (textContent) {
			return textType(fromContent, fromName);
		}
		String supported = SUPPORTED_BY_DETECTED_TYPE.get(fromContent.toString());
		if (supported == null) {
			supported = SUPPORTED_IMAGE_BY_DETECTED_TYPE.get(fromContent.toString());
		}
		if (supported == null) {
			supported = SUPPORTED_RECORDINGS.get(fromContent.toString());
		}
		if (supported == null) {
			throw DocumentRejectedException.unsupported(describe(fromContent), SupportedMediaTypes.ALL);
		}
		return supported;
	}

	private MediaType typeOfName(@Nullable String fileName) throws IOException {
		if (fileName == null || fileName.isBlank()) {
			return OCTET_STREAM;
		}
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		// A null stream makes Tika's detectors look at the name only.
		return this.registry.normalize(this.detector.detect(null, metadata).getBaseType());
	}

	private boolean isText(MediaType type) {
		String name = type.toString();
		return name.equals("text/plain") || name.equals("text/html") || name.equals("application/xhtml+xml");
	}

	private boolean compatible(MediaType fromContent, MediaType fromName, boolean textContent) {
		if (fromContent.equals(fromName) || this.registry.isSpecializationOf(fromContent, fromName)) {
			return true;
		}
		if (isRecording(fromContent) && isRecording(fromName)) {
			// Containers overlap (an .m4a is MP4, a .mkv may sniff as WebM): FFmpeg reads
			// the content whatever the name says.
			return true;
		}
		// Text is text: a .md, .csv, .log or .json name on text content is no
		// contradiction.
		return textContent && (isText(fromName) || this.registry.isSpecializationOf(fromName, MediaType.TEXT_PLAIN));
	}

	private static boolean isRecording(MediaType type) {
		return type.getType().equals("video") || type.getType().equals("audio")
				|| type.toString().equals("application/ogg");
	}

	private String textType(MediaType fromContent, MediaType fromName) {
		String name = fromName.toString();
		if (name.equals("text/x-web-markdown") || name.equals("text/markdown")) {
			return SupportedMediaTypes.MARKDOWN;
		}
		if (!fromContent.equals(MediaType.TEXT_PLAIN) || name.equals("text/html")
				|| name.equals("application/xhtml+xml")) {
			return SupportedMediaTypes.HTML;
		}
		return SupportedMediaTypes.TEXT;
	}

	private static String describe(MediaType type) {
		return switch (type.toString()) {
			case "application/pdf" -> "PDF";
			case SupportedMediaTypes.DOCX -> "Word (DOCX)";
			case SupportedMediaTypes.PPTX -> "PowerPoint (PPTX)";
			case SupportedMediaTypes.XLSX -> "Excel (XLSX)";
			case "application/zip" -> "a ZIP archive";
			case "text/plain" -> "plain text";
			case "text/html" -> "HTML";
			case "text/x-web-markdown" -> "Markdown";
			default -> type.getType().equals("image") ? "an image (" + type + ")" : type.toString();
		};
	}

}
