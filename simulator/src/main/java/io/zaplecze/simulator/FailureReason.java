package io.zaplecze.simulator;

/**
 * Why a delivery failed, as the device contract names it. The simulator draws them with
 * realistic weights (an absent customer is by far the most common).
 */
public enum FailureReason {

	CUSTOMER_ABSENT(45), ADDRESS_NOT_FOUND(10), REFUSED(12), DAMAGED(6), NO_ACCESS(15), OTHER(12);

	private final int weight;

	FailureReason(int weight) {
		this.weight = weight;
	}

	/** Relative frequency among failed deliveries (percent). */
	public int weight() {
		return this.weight;
	}

	/** Picks a reason by weight from a uniform draw in [0, 1). */
	public static FailureReason pick(double uniform) {
		int total = 0;
		for (FailureReason reason : values()) {
			total += reason.weight;
		}
		double target = uniform * total;
		for (FailureReason reason : values()) {
			target -= reason.weight;
			if (target < 0) {
				return reason;
			}
		}
		return OTHER;
	}

}
