CREATE TABLE "catalog_bundles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(40) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"life_cycle" text NOT NULL,
	"life_event" text NOT NULL,
	"lead_department_id" uuid NOT NULL,
	"member_item_ids" uuid[] NOT NULL,
	"data" jsonb NOT NULL,
	"search_vector" "tsvector",
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_item_versions" (
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "catalog_item_versions_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
CREATE TABLE "catalog_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"impl_code" varchar(33) NOT NULL,
	"base_code" varchar(12) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"department_id" uuid NOT NULL,
	"template_item_id" uuid,
	"published_version" integer,
	"draft_version" integer,
	"name" text NOT NULL,
	"item_type" varchar(2) NOT NULL,
	"level" smallint NOT NULL,
	"service_objects" smallint[] NOT NULL,
	"themes" text[] NOT NULL,
	"promised_days" smallint NOT NULL,
	"visits" smallint NOT NULL,
	"online_depth" varchar(3) NOT NULL,
	"search_vector" "tsvector",
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_synonyms" (
	"phrase" text PRIMARY KEY NOT NULL,
	"expansions" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_bundles" ADD CONSTRAINT "catalog_bundles_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_bundles" ADD CONSTRAINT "catalog_bundles_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_versions" ADD CONSTRAINT "catalog_item_versions_item_id_catalog_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_versions" ADD CONSTRAINT "catalog_item_versions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_versions" ADD CONSTRAINT "catalog_item_versions_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_bundles_code_uq" ON "catalog_bundles" USING btree ("code");--> statement-breakpoint
CREATE INDEX "catalog_bundles_search_idx" ON "catalog_bundles" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_items_impl_code_uq" ON "catalog_items" USING btree ("impl_code");--> statement-breakpoint
CREATE INDEX "catalog_items_region_idx" ON "catalog_items" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "catalog_items_department_idx" ON "catalog_items" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "catalog_items_template_idx" ON "catalog_items" USING btree ("template_item_id");--> statement-breakpoint
CREATE INDEX "catalog_items_search_idx" ON "catalog_items" USING gin ("search_vector");