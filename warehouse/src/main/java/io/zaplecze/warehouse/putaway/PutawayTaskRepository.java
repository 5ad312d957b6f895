package io.zaplecze.warehouse.putaway;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PutawayTaskRepository extends JpaRepository<PutawayTask, UUID> {

	List<PutawayTask> findBySiteIdAndStatusOrderByCreatedAt(UUID siteId, PutawayTask.Status status);

	List<PutawayTask> findByReceiptId(UUID receiptId);

}
