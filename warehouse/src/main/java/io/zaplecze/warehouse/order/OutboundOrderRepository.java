package io.zaplecze.warehouse.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundOrderRepository extends JpaRepository<OutboundOrder, UUID> {

	Optional<OutboundOrder> findByIdempotencyKey(String key);

	boolean existsByOrderNumber(String orderNumber);

	List<OutboundOrder> findBySiteIdAndRequestedDateOrderByCreatedAt(UUID siteId, LocalDate date);

	List<OutboundOrder> findByRequestedDateOrderByCreatedAt(LocalDate date);

	List<OutboundOrder> findByIdIn(Collection<UUID> ids);

	List<OutboundOrder> findByRouteIdOrderByStopSequence(UUID routeId);

	long countBySiteIdAndRequestedDate(UUID siteId, LocalDate date);

}
