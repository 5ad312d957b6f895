package io.zaplecze.warehouse.slotting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderHistoryRepository extends JpaRepository<OrderHistoryLine, UUID> {

	@Query("select l from OrderHistoryLine l where l.siteId = ?1 and l.orderedOn >= ?2 order by l.orderRef")
	List<OrderHistoryLine> findSince(UUID siteId, LocalDate since);

	boolean existsBySiteIdAndOrderRef(UUID siteId, String orderRef);

	long countBySiteId(UUID siteId);

}
