package io.cairn.web;

import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.CollectionStats;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what is stored and where the API is. */
@Controller
public class HomeController {

	private final CollectionRepository collections;

	public HomeController(CollectionRepository collections) {
		this.collections = collections;
	}

	@GetMapping("/")
	public String home(Model model) {
		model.addAttribute("collections", this.collections.findAll().stream().map((collection) -> {
			CollectionStats stats = this.collections.stats(collection.id());
			return new Row(collection.name(), collection.language().code(), collection.profile(), stats.documents(),
					stats.chunks());
		}).toList());
		return "home";
	}

	/**
	 * One collection row.
	 *
	 * @param name name
	 * @param language language code
	 * @param profile chunking profile
	 * @param documents documents held
	 * @param chunks chunks indexed
	 */
	public record Row(String name, String language, String profile, long documents, long chunks) {
	}

}
