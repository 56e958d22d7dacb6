package io.cairn.api.security;

import java.util.List;

import io.cairn.core.NotFoundException;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks that the API caller's key reaches a collection. Requests under
 * {@code /api/collections/{c}/**} are checked before they reach a controller; controllers
 * that find their collection elsewhere (a request body's {@code model}, a job's document)
 * call {@link #require(String)} or {@link #check(KnowledgeCollection)}. A denial is a
 * {@link CollectionAccessDeniedException}, answered with a 403 problem.
 */
@Component
public class CollectionAccess {

	private final CollectionRepository collections;

	public CollectionAccess(CollectionRepository collections) {
		this.collections = collections;
	}

	/** The caller of the current request. */
	public Caller current() {
		return caller(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The caller an authentication stands for.
	 * @throws CollectionAccessDeniedException if it is not an API caller
	 */
	public static Caller caller(@Nullable Authentication authentication) {
		if (authentication instanceof ApiKeyAuthentication api) {
			return api.caller();
		}
		throw new CollectionAccessDeniedException("This request was not authenticated as an API caller.");
	}

	/**
	 * The named collection, if the current caller reaches it.
	 * @throws NotFoundException if there is no such collection and the caller reaches
	 * every collection
	 * @throws CollectionAccessDeniedException if the caller's key does not reach it; also
	 * when it does not exist, so that a limited key cannot probe for names
	 */
	public KnowledgeCollection require(String name) {
		return require(current(), name);
	}

	public KnowledgeCollection require(Caller caller, String name) {
		var found = this.collections.findByName(name);
		if (found.isPresent() && caller.canAccess(found.get().id())) {
			return found.get();
		}
		if (!caller.allCollections()) {
			throw denied(name);
		}
		throw new NotFoundException("No collection named '" + name
				+ "'. Create it with POST /api/collections or list them with GET /api/collections.");
	}

	/** Whether the caller reaches the named collection (which must exist). */
	boolean allows(Caller caller, String name) {
		if (caller.allCollections()) {
			return true;
		}
		return this.collections.findByName(name).map((found) -> caller.canAccess(found.id())).orElse(false);
	}

	/**
	 * @throws CollectionAccessDeniedException if the current caller does not reach it
	 */
	public void check(KnowledgeCollection collection) {
		check(current(), collection);
	}

	public void check(Authentication authentication, KnowledgeCollection collection) {
		check(caller(authentication), collection);
	}

	public void check(Caller caller, KnowledgeCollection collection) {
		if (!caller.canAccess(collection.id())) {
			throw denied(collection.name());
		}
	}

	/**
	 * @throws CollectionAccessDeniedException if the current caller does not reach the
	 * collection with this id
	 */
	public void checkId(long collectionId) {
		Caller caller = current();
		if (!caller.canAccess(collectionId)) {
			throw new CollectionAccessDeniedException("The API key does not reach the collection of this resource.");
		}
	}

	/** The collections the current caller reaches. */
	public List<KnowledgeCollection> visible(List<KnowledgeCollection> all) {
		Caller caller = current();
		return all.stream().filter((collection) -> caller.canAccess(collection.id())).toList();
	}

	static CollectionAccessDeniedException denied(String name) {
		return new CollectionAccessDeniedException("The API key does not reach collection '" + name
				+ "'. Use a key created for it, or ask an admin to create one (POST /api/keys).");
	}

}
