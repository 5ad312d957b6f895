package io.zaplecze.warehouse.picking;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSeenRepository extends JpaRepository<PlanSeen, PlanSeen.Key> {

}
