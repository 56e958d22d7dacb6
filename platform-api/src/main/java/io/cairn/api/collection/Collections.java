package io.cairn.api.collection;

import io.cairn.core.NotFoundException;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;

import org.springframework.stereotype.Component;

/** Resolves collection names from request paths. */
@Component
public class Collections {

	private final CollectionRepository collections;

	public Collections(CollectionRepository collections) {
		this.collections = collections;
	}

	public KnowledgeCollection require(String name) {
		return this.collections.findByName(name)
			.orElseThrow(() -> new NotFoundException("No collection named '" + name
					+ "'. Create it with POST /api/collections or list them with GET /api/collections."));
	}

}
