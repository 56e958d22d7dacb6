package io.cairn.core.media;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Word and PowerPoint files with pictures, generated with POI for OCR tests. */
public final class PictureDocuments {

	private PictureDocuments() {
	}

	/** A Word document: a paragraph of text, then the picture. */
	public static byte[] docx(String text, BufferedImage picture) {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText(text);
			XWPFRun run = document.createParagraph().createRun();
			run.addPicture(new ByteArrayInputStream(png(picture)), PictureType.PNG, "figure.png",
					Units.pixelToEMU(picture.getWidth()), Units.pixelToEMU(picture.getHeight()));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A deck with one slide per title; the picture sits on the last slide at
	 * {@code anchor} (points on a 720x540 slide).
	 */
	public static byte[] pptx(BufferedImage picture, Rectangle2D anchor, String... titles) {
		try (XMLSlideShow deck = new XMLSlideShow()) {
			deck.setPageSize(new java.awt.Dimension(720, 540));
			XSLFSlide last = null;
			for (String title : titles) {
				last = deck.createSlide();
				XSLFTextBox box = last.createTextBox();
				box.setAnchor(new Rectangle2D.Double(40, 30, 640, 60));
				box.setText(title);
			}
			XSLFPictureData data = deck.addPicture(png(picture), PictureData.PictureType.PNG);
			last.createPicture(data).setAnchor(anchor);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			deck.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The anchor as a box on a 720x540 slide. */
	public static Box slideBox(Rectangle2D anchor) {
		return new Box(anchor.getX() / 720, anchor.getY() / 540, anchor.getWidth() / 720, anchor.getHeight() / 540);
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
