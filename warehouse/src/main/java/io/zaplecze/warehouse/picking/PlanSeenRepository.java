package io.zaplecze.warehouse.picking;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanSeenRepository extends JpaRepository<PlanSeen, PlanSeen.Key> {

	/**
	 * The day's row, locked: two instances handling two publications of the same day one after the
	 * other, never interleaved (the first publication of a day is serialised by the primary key).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from PlanSeen p where p.key = ?1")
	Optional<PlanSeen> lockByKey(PlanSeen.Key key);

}
