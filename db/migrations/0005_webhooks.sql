CREATE TABLE `function_test_calls` (
	`function_id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`ok` integer NOT NULL,
	`status` integer,
	`error` text,
	`duration_ms` integer NOT NULL,
	`called_at` integer NOT NULL,
	FOREIGN KEY (`function_id`) REFERENCES `agentic_functions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `workspace_webhook_secrets` (
	`workspace_id` text PRIMARY KEY NOT NULL,
	`secret` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
