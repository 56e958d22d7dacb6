package io.cairn.api.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.access.ApiKey;
import io.cairn.core.access.ApiKeyScope;
import io.cairn.core.access.ApiKeyService;
import io.cairn.core.access.CreatedKey;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API key management, for the admin key (or anyone in open mode). The secret of a key is
 * in the response that creates it and nowhere else.
 */
@RestController
@RequestMapping("/api/keys")
@Tag(name = "API keys")
public class ApiKeyController {

	private final ApiKeyService keys;

	private final CollectionRepository collections;

	public ApiKeyController(ApiKeyService keys, CollectionRepository collections) {
		this.keys = keys;
		this.collections = collections;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an API key", description = "Returns the secret once; only its hash is stored.")
	public CreatedKeyView create(@RequestBody CreateKey request) {
		ApiKeyScope scope = scope(request.collections());
		CreatedKey created = this.keys.create((request.name() != null) ? request.name() : "", scope);
		return CreatedKeyView.of(view(created.key(), names()), created.secret().reveal());
	}

	@GetMapping
	@Operation(summary = "List API keys (no secrets)")
	public List<ApiKeyView> list() {
		Map<Long, String> names = names();
		return this.keys.list().stream().map((key) -> view(key, names)).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke an API key", description = "Requests with it fail with 401 from now on.")
	public void revoke(@PathVariable long id) {
		this.keys.revoke(id);
	}

	private ApiKeyScope scope(@Nullable JsonNode collections) {
		String usage = "Give \"collections\": a list of collection names, or \"*\" for all collections.";
		if (collections == null || collections.isNull()) {
			throw new InvalidRequestException("An API key needs a scope. " + usage);
		}
		if (collections.isString() && collections.asString().equals("*")) {
			return ApiKeyScope.ALL;
		}
		if (!collections.isArray() || collections.isEmpty()) {
			throw new InvalidRequestException(usage);
		}
		List<Long> ids = new ArrayList<>();
		for (JsonNode name : collections) {
			if (!name.isString()) {
				throw new InvalidRequestException(usage);
			}
			if (name.asString().equals("*")) {
				return ApiKeyScope.ALL;
			}
			ids.add(this.collections.findByName(name.asString())
				.map(KnowledgeCollection::id)
				.orElseThrow(() -> new InvalidRequestException("No collection named '" + name.asString() + "'.")));
		}
		return ApiKeyScope.of(ids);
	}

	private Map<Long, String> names() {
		return this.collections.findAll()
			.stream()
			.collect(Collectors.toMap(KnowledgeCollection::id, KnowledgeCollection::name));
	}

	private static ApiKeyView view(ApiKey key, Map<Long, String> names) {
		List<String> collections = key.scope()
			.collectionIds()
			.stream()
			.map(names::get)
			.filter(java.util.Objects::nonNull)
			.sorted()
			.toList();
		return new ApiKeyView(key.id(), key.name(), key.prefix(), key.scope().allCollections(), collections,
				key.createdAt(), key.revokedAt());
	}

	/**
	 * Request to create a key.
	 *
	 * @param name what the key is for
	 * @param collections a list of collection names, or {@code "*"} for all collections
	 */
	public record CreateKey(@Nullable String name, @Nullable JsonNode collections) {
	}

	/**
	 * A key, without its secret.
	 *
	 * @param id id, for revoking it
	 * @param name what it is for
	 * @param prefix first characters of the secret, to recognise it
	 * @param allCollections whether it reaches every collection
	 * @param collections the collections it reaches otherwise
	 * @param createdAt creation time
	 * @param revokedAt revocation time; null while active
	 */
	public record ApiKeyView(long id, String name, String prefix, boolean allCollections, List<String> collections,
			Instant createdAt, @Nullable Instant revokedAt) {
	}

	/**
	 * A key just created, with its secret: store it now, it cannot be shown again.
	 *
	 * @param id id, for revoking it
	 * @param name what it is for
	 * @param prefix first characters of the secret
	 * @param allCollections whether it reaches every collection
	 * @param collections the collections it reaches otherwise
	 * @param createdAt creation time
	 * @param secret the key to send as {@code Authorization: Bearer <secret>}
	 */
	public record CreatedKeyView(long id, String name, String prefix, boolean allCollections, List<String> collections,
			Instant createdAt, String secret) {

		static CreatedKeyView of(ApiKeyView key, String secret) {
			return new CreatedKeyView(key.id(), key.name(), key.prefix(), key.allCollections(), key.collections(),
					key.createdAt(), secret);
		}

		@Override
		public String toString() {
			return "CreatedKeyView[id=" + this.id + ", name=" + this.name + ", prefix=" + this.prefix
					+ ", secret=******]";
		}

	}

}
