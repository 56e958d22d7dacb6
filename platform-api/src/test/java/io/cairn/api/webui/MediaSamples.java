package io.cairn.api.webui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.cairn.encoders.video.TestRecordings;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import io.cairn.encoders.video.TestRecordings.Slide;

/**
 * Media made by the tests: a bar chart whose words exist only as pixels, and a slide
 * video whose words exist only in its frames.
 */
final class MediaSamples {

	static final int CHART_WIDTH = 800;

	static final int CHART_HEIGHT = 500;

	/** The chart's lines, top to bottom, and the baseline (pixels) each is drawn at. */
	static final List<String> CHART_LINES = List.of("Lantern sales by quarter",
			"Zephyr lanterns sold 4200 units in spring", "Quillon lanterns sold 900 units in autumn");

	static final int[] CHART_BASELINES = { 60, 420, 470 };

	static final int CHART_FONT = 30;

	/** Slide n (0-based) is shown from n * SLIDE_SECONDS to (n + 1) * SLIDE_SECONDS. */
	static final int SLIDE_SECONDS = 4;

	static final List<String> SLIDES = List.of("Harbor ferry timetable\nFerries depart at quarter past seven",
			"Orchard irrigation plan\nValves open every Thursday at dawn",
			"Museum lighting survey\nGalleries dim after sunset");

	private MediaSamples() {
	}

	/** A PNG bar chart with a title, bars and two caption lines. */
	static byte[] chart() {
		BufferedImage image = new BufferedImage(CHART_WIDTH, CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, CHART_WIDTH, CHART_HEIGHT);
			g.setColor(new Color(70, 110, 180));
			int[] heights = { 220, 90, 150, 60 };
			for (int i = 0; i < heights.length; i++) {
				g.fillRect(120 + i * 150, 360 - heights[i], 90, heights[i]);
			}
			g.setColor(Color.DARK_GRAY);
			g.drawLine(100, 360, 720, 360);
			g.setColor(Color.BLACK);
			for (int i = 0; i < CHART_LINES.size(); i++) {
				g.setFont(new Font(Font.SANS_SERIF, (i == 0) ? Font.BOLD : Font.PLAIN, CHART_FONT));
				g.drawString(CHART_LINES.get(i), 40, CHART_BASELINES[i]);
			}
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where {@link #reportWithChart()} draws the chart, in PDF points from the bottom
	 * left.
	 */
	static final float[] FIGURE_PLACE = { 100, 250, 400, 250 };

	/** A one-page PDF: a short text layer and {@link #chart()} embedded as a figure. */
	static byte[] reportWithChart() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(document,
					ImageIO.read(new java.io.ByteArrayInputStream(chart())));
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(72, 700);
				content.showText("Market report: the chart below compares the two models by season.");
				content.endText();
				content.drawImage(image, FIGURE_PLACE[0], FIGURE_PLACE[1], FIGURE_PLACE[2], FIGURE_PLACE[3]);
			}
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An MPEG-4 slide show of {@link #SLIDES}, a few seconds each, without sound. */
	static byte[] slideVideo(Path dir) {
		Color[] backgrounds = { new Color(250, 240, 200), new Color(200, 230, 250), new Color(220, 250, 210) };
		List<Slide> slides = java.util.stream.IntStream.range(0, SLIDES.size())
			.mapToObj((i) -> new Slide(SLIDES.get(i), backgrounds[i], SLIDE_SECONDS))
			.toList();
		try {
			return Files.readAllBytes(TestRecordings.slideShow(dir.resolve("slides.mp4"), slides, 5, null));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write the slide video", ex);
		}
	}

}
