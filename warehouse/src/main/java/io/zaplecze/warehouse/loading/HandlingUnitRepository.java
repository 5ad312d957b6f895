package io.zaplecze.warehouse.loading;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandlingUnitRepository extends JpaRepository<HandlingUnit, UUID> {

	List<HandlingUnit> findByOrderIdOrderByLabel(UUID orderId);

	List<HandlingUnit> findByOrderIdIn(Collection<UUID> orderIds);

}
