CREATE TABLE "function_test_calls" (
	"function_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"ok" boolean NOT NULL,
	"status" integer,
	"error" text,
	"duration_ms" integer NOT NULL,
	"called_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspace_webhook_secrets" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "function_test_calls" ADD CONSTRAINT "function_test_calls_function_id_agentic_functions_id_fk" FOREIGN KEY ("function_id") REFERENCES "public"."agentic_functions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "function_test_calls" ADD CONSTRAINT "function_test_calls_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_webhook_secrets" ADD CONSTRAINT "workspace_webhook_secrets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;