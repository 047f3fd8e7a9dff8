# A shop schema in the style of Atlas's MySQL HCL guide. The database name is an input variable, as in Atlas's
# "HCL input variables" page: `schema "shop" { name = var.database }`.
variable "database" {
  type = string
}

locals {
  charset = "utf8mb4"
}

schema "shop" {
  name    = var.database
  charset = local.charset
  collate = "utf8mb4_general_ci"
}

table "customers" {
  schema  = schema.shop
  comment = "who buys"
  column "id" {
    null           = false
    type           = int
    unsigned       = true
    auto_increment = true
  }
  column "email" {
    null = false
    type = varchar(255)
  }
  column "tier" {
    null    = false
    type    = enum("basic", "gold")
    default = "basic"
  }
  column "created_at" {
    null      = false
    type      = timestamp
    default   = sql("current_timestamp()")
    on_update = sql("current_timestamp()")
  }
  primary_key {
    columns = [column.id]
  }
  index "customers_email" {
    unique  = true
    columns = [column.email]
  }
}

table "orders" {
  schema = schema.shop
  column "id" {
    null           = false
    type           = bigint
    auto_increment = true
  }
  column "customer_id" {
    null     = false
    type     = int
    unsigned = true
  }
  column "note" {
    null = true
    type = varchar(500)
  }
  column "total" {
    null = false
    type = decimal(10, 2)
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "orders_customer" {
    columns     = [column.customer_id]
    ref_columns = [table.customers.column.id]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
  index "orders_customer" {
    columns = [column.customer_id]
  }
  index "orders_note" {
    on {
      column = column.note
      prefix = 20
    }
  }
  check "orders_total_positive" {
    expr = "`total` >= 0"
  }
}
