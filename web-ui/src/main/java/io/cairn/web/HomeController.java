package io.cairn.web;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The web UI's pages. They are shells: the data comes from the JSON API, called by the
 * page's script with the user's API key, so the UI sees exactly what the key reaches
 * (nothing is rendered here that the API would refuse).
 */
@Controller
public class HomeController {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

	@GetMapping("/")
	public String home(Model model) {
		model.addAttribute("page", "collections");
		return "collections";
	}

	@GetMapping("/collections/{collection}/{page:upload|library|chat|search|extract}")
	public String collectionPage(@PathVariable String collection, @PathVariable String page, Model model) {
		model.addAttribute("collection", requireName(collection));
		model.addAttribute("page", page);
		return page;
	}

	@GetMapping("/collections/{collection}/documents/{id}")
	public String document(@PathVariable String collection, @PathVariable long id, Model model) {
		model.addAttribute("collection", requireName(collection));
		model.addAttribute("documentId", id);
		model.addAttribute("page", "library");
		return "document";
	}

	private static String requireName(String collection) {
		if (!NAME.matcher(collection).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such collection");
		}
		return collection;
	}

}
