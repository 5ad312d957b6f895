package io.zaplecze.warehouse.layout;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteRepository extends JpaRepository<Site, UUID> {

	Optional<Site> findByCode(String code);

}
