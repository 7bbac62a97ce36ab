CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "calendar_days_kind_ck" CHECK ("calendar_days"."kind" in ('holiday', 'workday'))
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" smallint PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid
);
