package io.cairn.encoders.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test pages: lines of text drawn with Java2D onto a white image, with where each line
 * was drawn. Chinese uses the WenQuanYi Zen Hei font (Debian fonts-wqy-zenhei).
 *
 * @param image the page
 * @param lines the drawn lines, top to bottom
 * @param boxes each line's bounds in pixels
 */
public record RenderedText(BufferedImage image, List<String> lines, List<Rectangle> boxes) {

	/** The CJK font's file (Debian package fonts-wqy-zenhei). */
	public static final File CJK_FONT_FILE = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	/** A Latin font for English text. */
	public static Font latin(float size) {
		return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
	}

	/** WenQuanYi Zen Hei at the given size. */
	public static Font cjk(float size) {
		try {
			return Font.createFonts(CJK_FONT_FILE)[0].deriveFont(size);
		}
		catch (FontFormatException | IOException ex) {
			throw new UncheckedIOException(new IOException("Cannot load " + CJK_FONT_FILE, ex));
		}
	}

	/** Draws the lines left aligned from a margin, one below the other. */
	public static RenderedText page(List<String> lines, Font font, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		List<Rectangle> boxes = new ArrayList<>();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			int margin = Math.max(20, width / 20);
			int y = margin;
			for (String line : lines) {
				int baseline = y + metrics.getAscent();
				g.drawString(line, margin, baseline);
				Rectangle bounds = g.getFontMetrics().getStringBounds(line, g).getBounds();
				boxes.add(new Rectangle(margin, y, bounds.width, metrics.getAscent() + metrics.getDescent()));
				y += (int) (metrics.getHeight() * 1.6);
			}
		}
		finally {
			g.dispose();
		}
		return new RenderedText(image, List.copyOf(lines), List.copyOf(boxes));
	}

	/** Character error rate: edit distance over the reference length. */
	public static double cer(String reference, String hypothesis) {
		int n = reference.length();
		int m = hypothesis.length();
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= n; i++) {
			current[0] = i;
			for (int j = 1; j <= m; j++) {
				int substitution = previous[j - 1] + ((reference.charAt(i - 1) == hypothesis.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return (n == 0) ? ((m == 0) ? 0 : 1) : (double) previous[m] / n;
	}

	/**
	 * Text compared without spaces: the recogniser's word spacing is not what is
	 * measured.
	 */
	public static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

}
