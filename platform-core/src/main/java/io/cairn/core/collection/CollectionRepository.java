package io.cairn.core.collection;

import java.util.List;
import java.util.Optional;

/** Catalog of collections. */
public interface CollectionRepository {

	/**
	 * Creates a collection.
	 * @throws io.cairn.core.ConflictException if the name is taken
	 */
	KnowledgeCollection create(String name, Language language, String profile);

	Optional<KnowledgeCollection> findByName(String name);

	Optional<KnowledgeCollection> findById(long id);

	List<KnowledgeCollection> findAll();

	CollectionStats stats(long collectionId);

	/**
	 * Deletes the collection row; its documents, chunks and jobs go with it (cascade).
	 */
	boolean delete(long collectionId);

}
