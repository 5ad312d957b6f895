package io.zaplecze.warehouse.receiving;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<Receipt, UUID> {

	Optional<Receipt> findByIdempotencyKey(String key);

	List<Receipt> findByDeliveryIdOrderByReceivedAt(UUID deliveryId);

}
