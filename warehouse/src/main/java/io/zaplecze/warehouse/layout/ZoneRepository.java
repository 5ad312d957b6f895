package io.zaplecze.warehouse.layout;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ZoneRepository extends JpaRepository<Zone, UUID> {

	List<Zone> findBySiteIdOrderByCode(UUID siteId);

	Optional<Zone> findBySiteIdAndCode(UUID siteId, String code);

}
