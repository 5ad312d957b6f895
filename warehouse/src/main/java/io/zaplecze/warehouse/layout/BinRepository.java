package io.zaplecze.warehouse.layout;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BinRepository extends JpaRepository<Bin, UUID> {

	Optional<Bin> findByCode(String code);

	List<Bin> findByCodeIn(Collection<String> codes);

	List<Bin> findBySiteIdOrderByCode(UUID siteId);

	List<Bin> findByZoneIdOrderByCode(UUID zoneId);

	boolean existsByCode(String code);

}
