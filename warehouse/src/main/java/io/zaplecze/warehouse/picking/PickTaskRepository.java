package io.zaplecze.warehouse.picking;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PickTaskRepository extends JpaRepository<PickTask, UUID> {

	List<PickTask> findByWaveIdOrderBySequence(UUID waveId);

	List<PickTask> findByWaveIdIn(Collection<UUID> waveIds);

	List<PickTask> findByOrderId(UUID orderId);

	List<PickTask> findByOrderLineId(UUID orderLineId);

	void deleteByWaveIdIn(Collection<UUID> waveIds);

}
