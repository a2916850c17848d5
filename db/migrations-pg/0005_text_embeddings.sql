CREATE TABLE "text_embeddings" (
	"model_version" text NOT NULL,
	"text_hash" text NOT NULL,
	"vector" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "text_embeddings_model_version_text_hash_pk" PRIMARY KEY("model_version","text_hash")
);
