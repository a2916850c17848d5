ALTER TABLE `chat_sessions` ADD `variables` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `chat_sessions` ADD `ended_at` integer;