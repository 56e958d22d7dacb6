package io.cairn.api.collection;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import io.cairn.api.security.CollectionAccess;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.chunking.ChunkingProfiles;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.CollectionStats;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.ingest.DocumentDeleter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Knowledge bases. */
@RestController
@RequestMapping("/api/collections")
@Tag(name = "Collections")
public class CollectionController {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

	private final CollectionRepository collections;

	private final Collections lookup;

	private final DocumentDeleter deleter;

	private final CollectionAccess access;

	public CollectionController(CollectionRepository collections, Collections lookup, DocumentDeleter deleter,
			CollectionAccess access) {
		this.collections = collections;
		this.lookup = lookup;
		this.deleter = deleter;
		this.access = access;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a collection")
	public CollectionView create(@RequestBody CreateCollection request) {
		String name = (request.name() != null) ? request.name().strip() : "";
		if (!NAME.matcher(name).matches()) {
			throw new InvalidRequestException("Collection name '" + name
					+ "' is invalid: use 1-63 lower-case letters, digits, '-' or '_', starting with a letter or digit.");
		}
		Language language = parseLanguage(request.language());
		String profile = (request.profile() != null) ? request.profile() : "general";
		ChunkingProfiles.requireKnown(profile);
		return view(this.collections.create(name, language, profile));
	}

	@GetMapping
	@Operation(summary = "List the collections the API key reaches, with their counts")
	public List<CollectionView> list() {
		return this.access.visible(this.collections.findAll()).stream().map(this::view).toList();
	}

	@GetMapping("/{collection}")
	@Operation(summary = "Get a collection with its counts")
	public CollectionView get(@PathVariable String collection) {
		return view(this.lookup.require(collection));
	}

	@DeleteMapping("/{collection}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a collection, its documents and their index entries")
	public void delete(@PathVariable String collection) {
		this.deleter.deleteCollection(this.lookup.require(collection));
	}

	private CollectionView view(KnowledgeCollection collection) {
		CollectionStats stats = this.collections.stats(collection.id());
		return new CollectionView(collection.name(), collection.language().code(), collection.profile(),
				collection.createdAt(), stats.documents(), stats.pages(), stats.chunks());
	}

	private static Language parseLanguage(@Nullable String language) {
		try {
			return (language != null) ? Language.fromCode(language) : Language.ENGLISH;
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(ex.getMessage());
		}
	}

	/**
	 * Request to create a collection.
	 *
	 * @param name unique name
	 * @param language {@code en} (default) or {@code zh}
	 * @param profile chunking profile: general (default), medical, finance, legal
	 */
	public record CreateCollection(@Nullable String name, @Nullable String language, @Nullable String profile) {
	}

	/**
	 * A collection and its counts.
	 *
	 * @param name name
	 * @param language language code
	 * @param profile default chunking profile
	 * @param createdAt creation time
	 * @param documents documents held
	 * @param pages pages parsed
	 * @param chunks chunks indexed
	 */
	public record CollectionView(String name, String language, String profile, Instant createdAt, long documents,
			long pages, long chunks) {
	}

}
