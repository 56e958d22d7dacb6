package io.cairn.core.ingest.parse;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.Box;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Finds the images a PDF page draws and where: the current transformation matrix maps the
 * image's unit square onto the page. Paths and text are ignored.
 */
final class PdfImageFinder extends PDFGraphicsStreamEngine {

	/** An image as drawn on the page; {@code box} as the page is displayed (rotated). */
	record PlacedImage(PDImage image, Box box) {
	}

	private final List<PlacedImage> images = new ArrayList<>();

	private final Point2D.Float current = new Point2D.Float();

	private PdfImageFinder(PDPage page) {
		super(page);
	}

	/** The images of a page in drawing order, stencil masks left out. */
	static List<PlacedImage> imagesOf(PDPage page) throws IOException {
		PdfImageFinder finder = new PdfImageFinder(page);
		finder.processPage(page);
		return List.copyOf(finder.images);
	}

	@Override
	public void drawImage(PDImage image) {
		if (image.isStencil()) {
			return;
		}
		Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int corner = 0; corner < 4; corner++) {
			Point2D.Float point = ctm.transformPoint(corner & 1, corner >> 1);
			minX = Math.min(minX, point.x);
			maxX = Math.max(maxX, point.x);
			minY = Math.min(minY, point.y);
			maxY = Math.max(maxY, point.y);
		}
		PDRectangle crop = getPage().getCropBox();
		double x0 = clamp((minX - crop.getLowerLeftX()) / crop.getWidth());
		double x1 = clamp((maxX - crop.getLowerLeftX()) / crop.getWidth());
		double y0 = clamp((crop.getUpperRightY() - maxY) / crop.getHeight());
		double y1 = clamp((crop.getUpperRightY() - minY) / crop.getHeight());
		if (x1 <= x0 || y1 <= y0) {
			return;
		}
		this.images.add(new PlacedImage(image, rotate(x0, y0, x1 - x0, y1 - y0, getPage().getRotation())));
	}

	/** The box as the page shows after its /Rotate (clockwise, in steps of 90°). */
	static Box rotate(double x, double y, double w, double h, int rotation) {
		return switch (Math.floorMod(rotation, 360)) {
			case 90 -> new Box(clamp(1 - y - h), x, h, w);
			case 180 -> new Box(clamp(1 - x - w), clamp(1 - y - h), w, h);
			case 270 -> new Box(y, clamp(1 - x - w), h, w);
			default -> new Box(x, y, w, h);
		};
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	@Override
	protected void showText(byte[] string) {
		// Text is read by the text stripper; glyphs are not images.
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void moveTo(float x, float y) {
		this.current.setLocation(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		this.current.setLocation(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		this.current.setLocation(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return this.current;
	}

	@Override
	public void closePath() {
	}

	@Override
	public void endPath() {
	}

	@Override
	public void strokePath() {
	}

	@Override
	public void fillPath(int windingRule) {
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

}
