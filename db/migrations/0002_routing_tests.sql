CREATE TABLE `routing_tests` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`name` text,
	`messages` text NOT NULL,
	`expect_handoff_to` text,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `routing_tests_agent_idx` ON `routing_tests` (`agent_id`,`position`);--> statement-breakpoint
CREATE TABLE `test_run_results` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`run_id` text NOT NULL,
	`test_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`name` text,
	`messages` text NOT NULL,
	`expect_handoff_to` text,
	`ok` integer NOT NULL,
	`reached` text,
	`why` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`run_id`) REFERENCES `test_runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `test_run_results_run_idx` ON `test_run_results` (`run_id`,`position`);--> statement-breakpoint
CREATE INDEX `test_run_results_test_idx` ON `test_run_results` (`test_id`);--> statement-breakpoint
CREATE TABLE `test_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`agent_id` text,
	`engine` text NOT NULL,
	`started_by` text NOT NULL,
	`status` text NOT NULL,
	`passed` integer DEFAULT 0 NOT NULL,
	`total` integer NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `test_runs_workspace_created_idx` ON `test_runs` (`workspace_id`,`created_at`);