package io.zaplecze.routing.roadnetwork;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a road network that cannot be loaded as a description and an action, not a stack trace. */
class RoadNetworkFailureAnalyzer extends AbstractFailureAnalyzer<RoadNetworkUnavailable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RoadNetworkUnavailable cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
