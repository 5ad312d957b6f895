package io.zaplecze.warehouse.claims;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** Someone else has taken the task; the message says who. */
public class TaskTaken extends WarehouseFailure {

	public TaskTaken(TaskType type, UUID taskId, String by) {
		super(Kind.CONFLICT, "Task taken by " + by + " (" + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
				+ " " + taskId + ")");
	}

}
