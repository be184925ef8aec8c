CREATE TABLE "policy_renewals" (
	"policy_number" text PRIMARY KEY NOT NULL,
	"renewal_policy_number" text,
	"invited_at" timestamp with time zone,
	"auto_renew_off" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
