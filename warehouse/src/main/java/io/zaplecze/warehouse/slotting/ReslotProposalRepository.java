package io.zaplecze.warehouse.slotting;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReslotProposalRepository extends JpaRepository<ReslotProposal, UUID> {

}
