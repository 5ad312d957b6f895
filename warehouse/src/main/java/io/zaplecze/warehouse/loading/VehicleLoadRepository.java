package io.zaplecze.warehouse.loading;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface VehicleLoadRepository extends JpaRepository<VehicleLoad, UUID> {

}
