package io.zaplecze.warehouse.labels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;

/**
 * How a site's printed labels encode codes: one regular expression per kind of label, whose named
 * group {@code code} is the code itself. A scanner types the label's content; the pattern takes off
 * prefixes, check characters or GS1 application identifiers. The default, {@code (?<code>.+)}, is
 * the plain code.
 *
 * @param bin bin labels, giving the bin code (e.g. {@code BIN:(?<code>.+)})
 * @param product product labels, giving a GTIN or SKU (e.g. GS1 {@code (?:\(01\)|01)?(?<code>\d{8,14})})
 * @param handlingUnit handling-unit labels, giving the handling unit's label code
 * @param lot lot labels, giving the lot number (e.g. GS1 {@code (?:\(10\)|10)(?<code>.+)})
 */
public record LabelFormat(String bin, String product, String handlingUnit, String lot) {

	/** The plain code for every kind. */
	public static final String PLAIN = "(?<code>.+)";

	/** Plain codes everywhere. */
	public static final LabelFormat DEFAULT = new LabelFormat(PLAIN, PLAIN, PLAIN, PLAIN);

	public LabelFormat {
		check("bin", bin);
		check("product", product);
		check("handlingUnit", handlingUnit);
		check("lot", lot);
	}

	private static void check(String kind, String pattern) {
		if (pattern == null || pattern.isBlank() || pattern.length() > 200) {
			throw new InvalidLabelFormat("The " + kind + " pattern has 1 to 200 characters");
		}
		try {
			if (!Pattern.compile(pattern).namedGroups().containsKey("code")) {
				throw new InvalidLabelFormat("The " + kind + " pattern needs a named group 'code', e.g. BIN:(?<code>.+)");
			}
		}
		catch (PatternSyntaxException ex) {
			throw new InvalidLabelFormat("The " + kind + " pattern is not a regular expression: " + ex.getDescription());
		}
	}

	/** The code inside a scan of this kind, or null when the scan does not match the pattern. */
	static @Nullable String code(String pattern, String scan) {
		Matcher m = Pattern.compile(pattern).matcher(scan.strip());
		return m.matches() ? m.group("code") : null;
	}

}
