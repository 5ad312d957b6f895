package io.zaplecze.warehouse.picking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PickWaveRepository extends JpaRepository<PickWave, UUID> {

	List<PickWave> findBySiteIdAndPlanDateOrderByScheduledStart(UUID siteId, LocalDate date);

	List<PickWave> findByRouteId(UUID routeId);

}
