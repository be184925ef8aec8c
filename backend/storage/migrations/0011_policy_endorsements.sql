CREATE TABLE "policy_endorsements" (
	"policy_number" text NOT NULL,
	"seq" integer NOT NULL,
	"version_id" text NOT NULL,
	"effective_date" text NOT NULL,
	"reason" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changes" jsonb NOT NULL,
	"adjustment" jsonb NOT NULL,
	CONSTRAINT "policy_endorsements_policy_number_seq_pk" PRIMARY KEY("policy_number","seq")
);
