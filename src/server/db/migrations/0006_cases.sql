CREATE TABLE "case_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_role" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"step_key" varchar(40),
	"opinion" text,
	"attachments" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_bundles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"bundle_code" varchar(40) NOT NULL,
	"bundle_name" text NOT NULL,
	"lead_department_id" uuid NOT NULL,
	"promised_days" smallint NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"applicant_name" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_materials" (
	"case_id" uuid NOT NULL,
	"material_key" varchar(40) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"requirement" text NOT NULL,
	"status" text NOT NULL,
	"promise_text" text,
	"promise_due" date,
	"file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_materials_case_id_material_key_pk" PRIMARY KEY("case_id","material_key"),
	CONSTRAINT "case_materials_promise" CHECK (("case_materials"."status" = 'tolerated') = ("case_materials"."promise_text" is not null and "case_materials"."promise_due" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"case_id" uuid NOT NULL,
	"event_type" varchar(40) NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"kind" varchar(40) NOT NULL,
	"from_day" date NOT NULL,
	"to_day" date,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_requests" (
	"account_id" uuid NOT NULL,
	"key" varchar(100) NOT NULL,
	"region_code" varchar(12),
	"request_hash" char(64) NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_requests_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
CREATE TABLE "case_serials" (
	"impl_code" varchar(33) NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_serials_impl_code_day_pk" PRIMARY KEY("impl_code","day")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" varchar(48),
	"parent_id" uuid,
	"bundle_code" varchar(40),
	"lead_department_id" uuid,
	"region_code" varchar(12) NOT NULL,
	"item_id" uuid NOT NULL,
	"item_version" integer NOT NULL,
	"impl_code" varchar(33) NOT NULL,
	"item_name" text NOT NULL,
	"case_type" smallint NOT NULL,
	"channel" text NOT NULL,
	"applicant_kind" text NOT NULL,
	"applicant_account_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_id_number" varchar(18),
	"applicant_credit_code" varchar(18),
	"applicant_phone" varchar(20),
	"agent_account_id" uuid,
	"representative_name" text,
	"representative_id_number" varchar(18),
	"intake_account_id" uuid,
	"center_id" uuid,
	"department_id" uuid NOT NULL,
	"step_index" smallint DEFAULT 0 NOT NULL,
	"current_department_id" uuid NOT NULL,
	"status" text NOT NULL,
	"resume_status" text,
	"supplement_noticed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"form" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_at" timestamp with time zone,
	"pre_review_due" date,
	"awaiting_since" date,
	"accepted_day" date,
	"deemed_accepted" boolean DEFAULT false NOT NULL,
	"decided_day" date,
	"decision" text,
	"statutory_days" smallint NOT NULL,
	"promised_days" smallint NOT NULL,
	"extension_days" smallint DEFAULT 0 NOT NULL,
	"statutory_due" date,
	"promised_due" date,
	"promised_yellow_from" date,
	"clock_stopped_on" date,
	"delivery_method" text,
	"tracking_no" varchar(40),
	"delivered_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_applicant_identified" CHECK ("cases"."applicant_id_number" is not null or "cases"."applicant_credit_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"region_code" varchar(12),
	"case_id" uuid,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"body_zh" text NOT NULL,
	"body_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_actions" ADD CONSTRAINT "case_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_actions" ADD CONSTRAINT "case_actions_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_bundles" ADD CONSTRAINT "case_bundles_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_bundles" ADD CONSTRAINT "case_bundles_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_bundles" ADD CONSTRAINT "case_bundles_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_pauses" ADD CONSTRAINT "case_pauses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_requests" ADD CONSTRAINT "case_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_parent_id_case_bundles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."case_bundles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_item_id_catalog_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalog_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_account_id_accounts_id_fk" FOREIGN KEY ("applicant_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agent_account_id_accounts_id_fk" FOREIGN KEY ("agent_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_intake_account_id_accounts_id_fk" FOREIGN KEY ("intake_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."centers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_current_department_id_departments_id_fk" FOREIGN KEY ("current_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_actions_case_idx" ON "case_actions" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_bundles_applicant_idx" ON "case_bundles" USING btree ("applicant_account_id","created_at");--> statement-breakpoint
CREATE INDEX "case_bundles_lead_idx" ON "case_bundles" USING btree ("lead_department_id","status");--> statement-breakpoint
CREATE INDEX "case_outbox_pending_idx" ON "case_outbox" USING btree ("id") WHERE "case_outbox"."dispatched_at" is null;--> statement-breakpoint
CREATE INDEX "case_pauses_case_idx" ON "case_pauses" USING btree ("case_id","from_day");--> statement-breakpoint
CREATE UNIQUE INDEX "case_pauses_one_open_uq" ON "case_pauses" USING btree ("case_id") WHERE "case_pauses"."to_day" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_no_uq" ON "cases" USING btree ("case_no");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "cases" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cases_queue_idx" ON "cases" USING btree ("current_department_id","status","promised_due");--> statement-breakpoint
CREATE INDEX "cases_department_idx" ON "cases" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "cases_status_due_idx" ON "cases" USING btree ("status","promised_due");--> statement-breakpoint
CREATE INDEX "cases_applicant_idx" ON "cases" USING btree ("applicant_account_id","created_at");--> statement-breakpoint
CREATE INDEX "cases_agent_idx" ON "cases" USING btree ("agent_account_id");--> statement-breakpoint
CREATE INDEX "cases_parent_idx" ON "cases" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "cases_pre_review_idx" ON "cases" USING btree ("pre_review_due") WHERE "cases"."status" = 'submitted';--> statement-breakpoint
CREATE INDEX "notifications_account_idx" ON "notifications" USING btree ("account_id","created_at");