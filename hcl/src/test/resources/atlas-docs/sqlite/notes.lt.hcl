# A notes schema in the style of Atlas's SQLite HCL guide: an AUTOINCREMENT key, a foreign key, unique and partial
# indexes, a check, and a STRICT table.
schema "main" {
}

table "users" {
  schema = schema.main
  column "id" {
    null           = false
    type           = integer
    auto_increment = true
  }
  column "name" {
    null = false
    type = text
  }
  primary_key {
    columns = [column.id]
  }
  index "users_name" {
    unique  = true
    columns = [column.name]
  }
}

table "notes" {
  schema = schema.main
  strict = true
  column "id" {
    null = false
    type = integer
  }
  column "user_id" {
    null = false
    type = integer
  }
  column "body" {
    null = true
    type = text
  }
  column "pinned" {
    null    = false
    type    = integer
    default = 0
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "notes_user" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
  index "notes_pinned" {
    columns = [column.user_id]
    where   = "pinned = 1"
  }
  check "pinned_flag" {
    expr = "pinned IN (0, 1)"
  }
}
