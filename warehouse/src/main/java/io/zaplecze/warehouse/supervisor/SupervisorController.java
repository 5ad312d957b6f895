package io.zaplecze.warehouse.supervisor;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse floor: supervisor", description = "Open tasks by type and person, wave progress, late waves")
class SupervisorController {

	private final SupervisorBoard board;

	SupervisorController(SupervisorBoard board) {
		this.board = board;
	}

	@GetMapping("/sites/{site}/supervisor")
	@Operation(summary = "A site's day: open tasks by type and by person, wave progress, waves late against the ready time or departure")
	SupervisorBoard.Board board(@PathVariable String site, @RequestParam LocalDate date) {
		return this.board.board(site, date);
	}

}
