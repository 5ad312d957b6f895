package io.zaplecze.reporting.alert;

import java.util.UUID;

import io.zaplecze.platform.DomainFailure;

/** An alert or task id that names nothing: a 404 problem detail, like every other unknown id. */
class ExceptionRecordNotFound extends DomainFailure {

	ExceptionRecordNotFound(String what, UUID id) {
		super(Kind.NOT_FOUND, "No " + what + " " + id);
	}

}
