package io.cairn.api.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the API tests: what a bot or script would do, no Spring test
 * magic.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final @Nullable String apiKey;

	public ApiClient(int port) {
		this("http://localhost:" + port, null);
	}

	private ApiClient(String base, @Nullable String apiKey) {
		this.base = base;
		this.apiKey = apiKey;
	}

	/** A client that sends this API key as {@code Authorization: Bearer <key>}. */
	public ApiClient withKey(String key) {
		return new ApiClient(this.base, key);
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(uri(path)).DELETE());
	}

	public Response postJson(String path, Object body) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	/** POSTs JSON asking for a server-sent event stream; returns the whole stream. */
	public Response postForEventStream(String path, Object body) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	/**
	 * Multipart upload of one file under the part name {@code file}, plus plain form
	 * fields.
	 */
	public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
		return upload(path, List.of(new FilePart("file", fileName, content)), fields);
	}

	/**
	 * Multipart upload of several files (each under its own part name) and form fields.
	 */
	public Response upload(String path, List<FilePart> files, Map<String, String> fields) {
		return multipart("POST", path, files, fields);
	}

	/** Multipart PUT of files (each under its own part name). */
	public Response putFiles(String path, List<FilePart> files) {
		return multipart("PUT", path, files, Map.of());
	}

	private Response multipart(String method, String path, List<FilePart> files, Map<String, String> fields) {
		String boundary = "----cairn" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		for (FilePart file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.part()
					+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * One file of a multipart upload.
	 *
	 * @param part the part name
	 * @param fileName the file name sent with it
	 * @param content the bytes
	 */
	public record FilePart(String part, String fileName, byte[] content) {
	}

	/**
	 * Polls a document until it is READY.
	 * @throws AssertionError if it fails or is not ready within two minutes
	 */
	public void awaitReady(String collection, long documentId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode document = get("/api/collections/" + collection + "/documents/" + documentId).json();
			String status = document.get("status").asString();
			if (status.equals("READY")) {
				return;
			}
			if (status.equals("FAILED")) {
				throw new AssertionError("document " + documentId + " failed: " + document);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for document " + documentId, ex);
			}
		}
		throw new AssertionError("document " + documentId + " not ready in 120 s");
	}

	/**
	 * Uploads a text document (UTF-8) and waits until its ingest is done.
	 * @param metadata JSON object of document metadata
	 * @return the document id
	 */
	public long ingest(String collection, String fileName, String text, String metadata) {
		Response accepted = upload("/api/collections/" + collection + "/documents", fileName,
				text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("metadata", metadata));
		if (accepted.status() != 202) {
			throw new AssertionError("upload of " + fileName + " not accepted: " + accepted);
		}
		long id = accepted.json().get("document").get("id").asLong();
		awaitReady(collection, id);
		return id;
	}

	/** Reads a server-sent event stream until it ends (or the timeout passes). */
	public String readEventStream(String path, Duration timeout) {
		HttpRequest request = authorized(
				HttpRequest.newBuilder(uri(path)).timeout(timeout).header("Accept", "text/event-stream").GET())
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	/** Sends a request with an extra header, e.g. {@code X-API-Key}. */
	public Response get(String path, String header, String value) {
		return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
	}

	/**
	 * GETs an image.
	 * @return the decoded image, or null with the status when the answer is not an image
	 */
	public Image getImage(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					authorized(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(60)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			java.awt.image.BufferedImage decoded = type.startsWith("image/")
					? javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(response.body())) : null;
			return new Image(response.statusCode(), type, decoded, new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An image response.
	 *
	 * @param status status code
	 * @param contentType content type header
	 * @param image the decoded image; null when the body is not one
	 * @param text the body as text (a problem detail when it failed)
	 */
	public record Image(int status, String contentType, java.awt.image.@Nullable BufferedImage image, String text) {

	}

	private HttpRequest.Builder authorized(HttpRequest.Builder request) {
		return (this.apiKey != null) ? request.header("Authorization", "Bearer " + this.apiKey) : request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(authorized(request).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("WWW-Authenticate").orElse(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP response.
	 *
	 * @param status status code
	 * @param body body text
	 * @param contentType content type header
	 * @param wwwAuthenticate the challenge of a 401, else empty
	 */
	public record Response(int status, String body, String contentType, String wwwAuthenticate) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
