package io.cairn.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerceptualHashTest {

	private static final BufferedImage LOGO = ScanFixtures.wordsImage(400, 120, Color.WHITE, "NORDHAVN PORTS");

	@Test
	void aRescaledJpegCopyHashesAlike() throws IOException {
		BufferedImage smaller = new BufferedImage(200, 60, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = smaller.createGraphics();
		graphics.drawImage(LOGO, 0, 0, 200, 60, null);
		graphics.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(smaller, "jpeg", jpeg);
		BufferedImage copy = ImageIO.read(new ByteArrayInputStream(jpeg.toByteArray()));

		assertThat(PerceptualHash.distance(PerceptualHash.dHash(LOGO), PerceptualHash.dHash(copy)))
			.isLessThanOrEqualTo(PerceptualHash.SAME_IMAGE_DISTANCE);
		assertThat(PerceptualHash.sameColour(PerceptualHash.meanColour(LOGO), PerceptualHash.meanColour(copy)))
			.isTrue();
	}

	@Test
	void flatPicturesOfDifferentColoursHashAlikeButDifferInColour() {
		BufferedImage red = ScanFixtures.flatImage(300, 200, new Color(200, 30, 30));
		BufferedImage blue = ScanFixtures.flatImage(300, 200, new Color(30, 30, 200));
		BufferedImage paleRed = ScanFixtures.flatImage(300, 200, new Color(215, 45, 40));

		assertThat(PerceptualHash.dHash(red)).isEqualTo(PerceptualHash.dHash(blue));
		assertThat(PerceptualHash.meanColour(red)).isEqualTo(0xC81E1E);
		assertThat(PerceptualHash.sameColour(PerceptualHash.meanColour(red), PerceptualHash.meanColour(blue)))
			.isFalse();
		assertThat(PerceptualHash.sameColour(PerceptualHash.meanColour(red), PerceptualHash.meanColour(paleRed)))
			.isTrue();
	}

	@Test
	void differentPicturesHashApart() {
		BufferedImage chart = ScanFixtures.wordsImage(400, 120, new Color(0xEEF4FF), "TURBINE OUTPUT",
				"PEAKED AT NOON");
		BufferedImage gradient = new BufferedImage(400, 120, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 400; x++) {
			for (int y = 0; y < 120; y++) {
				gradient.setRGB(x, y, new Color(x * 255 / 400, y * 2, 128).getRGB());
			}
		}
		long logo = PerceptualHash.dHash(LOGO);

		assertThat(PerceptualHash.similar(logo, PerceptualHash.dHash(chart))).isFalse();
		assertThat(PerceptualHash.similar(logo, PerceptualHash.dHash(gradient))).isFalse();
		assertThat(PerceptualHash.distance(logo, logo)).isZero();
	}

	@Test
	void transparentPixelsCountAsWhite() {
		BufferedImage transparent = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
		BufferedImage white = ScanFixtures.wordsImage(100, 100, Color.WHITE);
		Graphics2D graphics = white.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 100, 100);
		graphics.dispose();

		assertThat(PerceptualHash.dHash(transparent)).isEqualTo(PerceptualHash.dHash(white)).isZero();
		assertThat(PerceptualHash.meanColour(transparent)).isEqualTo(0xFFFFFF);
	}

}
