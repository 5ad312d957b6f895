package io.zaplecze.inventory;

/** Which lot of a product leaves first. */
public enum RotationPolicy {

	/** First expired, first out: earliest expiry first, never below the minimum remaining shelf life. */
	FEFO,

	/** First in, first out: earliest receipt first. */
	FIFO,

	/** Last in, first out: latest receipt first. */
	LIFO

}
