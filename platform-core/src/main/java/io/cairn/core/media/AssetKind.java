package io.cairn.core.media;

/** What a stored image of a document shows. */
public enum AssetKind {

	/** A whole page: a scanned PDF page, or one page of a standalone image or TIFF. */
	PAGE_IMAGE,

	/** An image embedded in a PDF, Word or PowerPoint file. */
	FIGURE,

	/** A keyframe of a video, kept as a thumbnail. */
	FRAME

}
