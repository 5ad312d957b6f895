package io.zaplecze.warehouse.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundOrderRepository extends JpaRepository<OutboundOrder, UUID> {

	Optional<OutboundOrder> findByIdempotencyKey(String key);

	boolean existsByOrderNumber(String orderNumber);

	Optional<OutboundOrder> findByOrderNumber(String orderNumber);

	/** Orders not yet picking with a backordered line of the SKU, oldest first. */
	@Query("select distinct o from OutboundOrder o join o.lines l where l.sku = :sku and l.backordered > 0"
			+ " and o.status in :statuses and o.requestedDate >= :from order by o.createdAt")
	List<OutboundOrder> findBackordered(@Param("sku") String sku, @Param("statuses") Collection<OrderStatus> statuses,
			@Param("from") LocalDate from);

	List<OutboundOrder> findBySiteIdAndRequestedDateOrderByCreatedAt(UUID siteId, LocalDate date);

	List<OutboundOrder> findByRequestedDateOrderByCreatedAt(LocalDate date);

	List<OutboundOrder> findByIdIn(Collection<UUID> ids);

	List<OutboundOrder> findByRouteIdOrderByStopSequence(UUID routeId);

	long countBySiteIdAndRequestedDate(UUID siteId, LocalDate date);

}
