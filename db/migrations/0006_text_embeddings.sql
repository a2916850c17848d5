CREATE TABLE `text_embeddings` (
	`model_version` text NOT NULL,
	`text_hash` text NOT NULL,
	`vector` blob NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`model_version`, `text_hash`)
);
