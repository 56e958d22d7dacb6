package io.cairn.core.ingest.parse;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.Box;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.jspecify.annotations.Nullable;

/**
 * The pictures of a Word document (all on its one page, position unknown) or of a
 * PowerPoint deck (per slide, with the picture's box on the slide), read with POI. The
 * file has passed the archive checks already.
 */
final class OfficeFigures {

	/** A picture's encoded bytes and where it sits. */
	record Picture(int page, @Nullable Box box, byte[] data) {
	}

	private OfficeFigures() {
	}

	static List<Picture> of(Path source, String mediaType) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(source.toFile(), PackageAccess.READ)) {
			return mediaType.equals(SupportedMediaTypes.PPTX) ? slides(pkg) : word(pkg);
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	private static List<Picture> word(OPCPackage pkg) throws IOException {
		List<Picture> pictures = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(pkg)) {
			for (XWPFPictureData data : document.getAllPictures()) {
				pictures.add(new Picture(1, null, data.getData()));
			}
		}
		return pictures;
	}

	private static List<Picture> slides(OPCPackage pkg) throws IOException {
		List<Picture> pictures = new ArrayList<>();
		try (XMLSlideShow deck = new XMLSlideShow(pkg)) {
			double width = deck.getPageSize().getWidth();
			double height = deck.getPageSize().getHeight();
			List<XSLFSlide> slides = deck.getSlides();
			for (int i = 0; i < slides.size(); i++) {
				collect(slides.get(i).getShapes(), i + 1, width, height, pictures);
			}
		}
		return pictures;
	}

	private static void collect(List<XSLFShape> shapes, int slide, double width, double height, List<Picture> out) {
		for (XSLFShape shape : shapes) {
			if (shape instanceof XSLFGroupShape group) {
				collect(group.getShapes(), slide, width, height, out);
			}
			else if (shape instanceof XSLFPictureShape picture && picture.getPictureData() != null) {
				out.add(new Picture(slide, box(picture.getAnchor(), width, height),
						picture.getPictureData().getData()));
			}
		}
	}

	/** The anchor (points) as a box on the slide; null when it lies outside. */
	private static @Nullable Box box(@Nullable Rectangle2D anchor, double width, double height) {
		if (anchor == null || width <= 0 || height <= 0) {
			return null;
		}
		Box box = Box.ofPixels(anchor.getX(), anchor.getY(), anchor.getWidth(), anchor.getHeight(), (int) width,
				(int) height);
		return (box.width() > 0 && box.height() > 0) ? box : null;
	}

}
