package io.zaplecze.platform.csv;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import io.zaplecze.platform.DomainFailure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A CSV file with row errors: nothing was imported (HTTP 422 {@code import-rejected}, the problem
 * lists {@code rows} and every error ordered by line).
 */
public final class CsvImportRejected extends DomainFailure {

	private final String kind;

	private final int rows;

	private final transient List<CsvRowError> errors;

	public CsvImportRejected(String kind, int rows, List<CsvRowError> errors) {
		super(Kind.UNPROCESSABLE, errors.size() + " row error(s) in the " + kind + " file: nothing was imported");
		this.kind = kind;
		this.rows = rows;
		this.errors = errors.stream().sorted(Comparator.comparingInt(CsvRowError::line)).toList();
	}

	@Override
	public String code() {
		return "import-rejected";
	}

	public String fileKind() {
		return this.kind;
	}

	public int rows() {
		return this.rows;
	}

	public List<CsvRowError> errors() {
		return this.errors;
	}

	/** The problem detail a controller answers with. */
	public ProblemDetail toProblem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, getMessage());
		problem.setType(URI.create("https://zaplecze.io/problems/import-rejected"));
		problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
		problem.setProperty("code", code());
		problem.setProperty("rows", this.rows);
		problem.setProperty("errors", this.errors);
		return problem;
	}

}
