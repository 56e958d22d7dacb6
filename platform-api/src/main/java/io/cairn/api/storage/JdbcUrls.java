package io.cairn.api.storage;

import java.util.regex.Pattern;

/** JDBC URLs as they may appear in logs: without credentials. */
final class JdbcUrls {

	private static final Pattern SECRET_PARAMETER = Pattern
		.compile("(?i)([?&;](password|sslpassword|sslkey|user)=)[^&;]*");

	private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

	private JdbcUrls() {
	}

	/** The URL with user names, passwords and key paths replaced by {@code ***}. */
	static String redact(String url) {
		String withoutUserInfo = USER_INFO.matcher(url).replaceFirst("//***@");
		return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1***");
	}

}
