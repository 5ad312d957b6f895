package io.zaplecze.warehouse.slotting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SlotAssignmentRepository extends JpaRepository<SlotAssignment, SlotAssignment.Key> {

	@Query("select s from SlotAssignment s where s.key.siteId = ?1 order by s.key.sku")
	List<SlotAssignment> findBySite(UUID siteId);

	Optional<SlotAssignment> findByBinCode(String binCode);

	@Modifying
	@Query("delete from SlotAssignment s where s.key.siteId = ?1")
	void deleteBySite(UUID siteId);

}
