PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_chat_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`start_agent_id` text NOT NULL,
	`active_agent_id` text NOT NULL,
	`engine` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_chat_sessions`("id", "workspace_id", "start_agent_id", "active_agent_id", "engine", "created_at", "updated_at") SELECT "id", "workspace_id", "start_agent_id", "active_agent_id", "engine", "created_at", "updated_at" FROM `chat_sessions`;--> statement-breakpoint
DROP TABLE `chat_sessions`;--> statement-breakpoint
ALTER TABLE `__new_chat_sessions` RENAME TO `chat_sessions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `chat_sessions_workspace_idx` ON `chat_sessions` (`workspace_id`,`updated_at`);--> statement-breakpoint
ALTER TABLE `audit_events` ADD `effects` text;