package io.cairn.core.ingest.parse;

import java.util.List;
import java.util.Set;

/** The media types Cairn parses, as {@link MediaTypeDetector} normalises them. */
public final class SupportedMediaTypes {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String HTML = "text/html";

	public static final String MARKDOWN = "text/markdown";

	public static final String TEXT = "text/plain";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String TIFF = "image/tiff";

	public static final String WEBP = "image/webp";

	public static final String BMP = "image/bmp";

	/** Standalone images, read by OCR. */
	public static final List<String> IMAGES = List.of(PNG, JPEG, TIFF, WEBP, BMP);

	public static final String MP4 = "video/mp4";

	public static final String WEBM = "video/webm";

	public static final String MKV = "video/x-matroska";

	public static final String MOV = "video/quicktime";

	public static final String AVI = "video/x-msvideo";

	public static final String WAV = "audio/vnd.wave";

	public static final String MP3 = "audio/mpeg";

	public static final String M4A = "audio/mp4";

	public static final String OGG = "audio/ogg";

	public static final List<String> VIDEO = List.of(MP4, WEBM, MKV, MOV, AVI);

	public static final List<String> AUDIO = List.of(WAV, MP3, M4A, OGG);

	public static final List<String> ALL = List.of(PDF, DOCX, PPTX, XLSX, HTML, MARKDOWN, TEXT, PNG, JPEG, TIFF, WEBP,
			BMP, MP4, WEBM, MKV, MOV, AVI, WAV, MP3, M4A, OGG);

	private static final Set<String> OOXML = Set.of(DOCX, PPTX, XLSX);

	private SupportedMediaTypes() {
	}

	/** Whether the type is one of the ZIP-based Office Open XML formats. */
	public static boolean isOoxml(String mediaType) {
		return OOXML.contains(mediaType);
	}

}
