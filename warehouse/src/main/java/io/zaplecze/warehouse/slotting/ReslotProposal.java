package io.zaplecze.warehouse.slotting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A stored re-slot plan: proposed, then applied (or superseded by a later one). */
@Entity
@Table(schema = "warehouse", name = "slotting_plan")
class ReslotProposal {

	enum Status {

		PROPOSED, APPLIED

	}

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "max_moves")
	private int maxMoves;

	@Column(name = "travel_before_m")
	private double travelBeforeMeters;

	@Column(name = "travel_after_m")
	private double travelAfterMeters;

	@Column(name = "orders_evaluated")
	private int ordersEvaluated;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "applied_at")
	private @Nullable Instant appliedAt;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "slotting_move", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<MoveRow> moves = new ArrayList<>();

	protected ReslotProposal() {
	}

	ReslotProposal(UUID siteId, int maxMoves, ReslotPlan plan, Instant now) {
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.maxMoves = maxMoves;
		this.travelBeforeMeters = plan.travelBeforeMeters();
		this.travelAfterMeters = plan.travelAfterMeters();
		this.ordersEvaluated = plan.ordersEvaluated();
		this.status = Status.PROPOSED;
		this.createdAt = now;
		plan.moves().forEach((m) -> this.moves.add(new MoveRow(m.sku(), m.fromBin(), m.toBin())));
	}

	UUID id() {
		return this.id;
	}

	UUID siteId() {
		return this.siteId;
	}

	int maxMoves() {
		return this.maxMoves;
	}

	Status status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Nullable Instant appliedAt() {
		return this.appliedAt;
	}

	ReslotPlan plan() {
		return new ReslotPlan(this.moves.stream().map((m) -> new ReslotPlan.Move(m.sku, m.fromBin, m.toBin)).toList(),
				this.travelBeforeMeters, this.travelAfterMeters, this.ordersEvaluated);
	}

	void applied(Instant at) {
		if (this.status == Status.APPLIED) {
			throw new ReslotPlanAlreadyApplied(this.id);
		}
		this.status = Status.APPLIED;
		this.appliedAt = at;
	}

	@Embeddable
	static class MoveRow {

		private String sku;

		@Column(name = "from_bin")
		private @Nullable String fromBin;

		@Column(name = "to_bin")
		private String toBin;

		protected MoveRow() {
		}

		MoveRow(String sku, @Nullable String fromBin, String toBin) {
			this.sku = sku;
			this.fromBin = fromBin;
			this.toBin = toBin;
		}

	}

}
