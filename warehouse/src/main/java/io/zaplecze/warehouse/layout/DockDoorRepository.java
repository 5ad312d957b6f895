package io.zaplecze.warehouse.layout;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DockDoorRepository extends JpaRepository<DockDoor, UUID> {

	List<DockDoor> findBySiteIdOrderByCode(UUID siteId);

	boolean existsBySiteIdAndCode(UUID siteId, String code);

}
