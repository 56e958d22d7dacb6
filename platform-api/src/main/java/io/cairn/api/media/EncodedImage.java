package io.cairn.api.media;

/**
 * An image ready to send.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the encoded image
 */
public record EncodedImage(String mediaType, byte[] bytes) {

}
