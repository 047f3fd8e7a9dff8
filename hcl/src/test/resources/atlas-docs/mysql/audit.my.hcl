# Views with options and a trigger with a body, as Atlas's MySQL HCL reference shows them.
variable "database" {
  type = string
}

schema "app" {
  name    = var.database
  charset = "utf8mb4"
  collate = "utf8mb4_general_ci"
}

table "accounts" {
  schema = schema.app
  column "id" {
    null = false
    type = int
  }
  column "balance" {
    null    = false
    type    = decimal(12, 2)
    default = 0.00
  }
  column "changed" {
    null    = false
    type    = int
    default = 0
  }
  primary_key {
    columns = [column.id]
  }
}

view "rich_accounts" {
  schema       = schema.app
  as           = "select `accounts`.`id` AS `id`,`accounts`.`balance` AS `balance` from `accounts` where `accounts`.`balance` > 1000"
  security     = INVOKER
  check_option = CASCADED
  depends_on   = [table.accounts]
}

trigger "accounts_count_changes" {
  on = table.accounts
  before {
    update = true
  }
  as = "SET NEW.changed = OLD.changed + 1"
}
