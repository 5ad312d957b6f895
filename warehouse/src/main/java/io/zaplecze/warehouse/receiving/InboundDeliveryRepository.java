package io.zaplecze.warehouse.receiving;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InboundDeliveryRepository extends JpaRepository<InboundDelivery, UUID> {

	Optional<InboundDelivery> findBySiteIdAndReference(UUID siteId, String reference);

	List<InboundDelivery> findBySiteIdOrderByCreatedAtDesc(UUID siteId);

}
