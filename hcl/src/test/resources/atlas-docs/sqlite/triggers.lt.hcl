# A view and a trigger the way Atlas's SQLite HCL reference writes them: a timing block and the body in `as`.
schema "main" {
}

table "items" {
  schema = schema.main
  column "id" {
    null = false
    type = integer
  }
  column "qty" {
    null = false
    type = integer
  }
  column "updated" {
    null = true
    type = text
  }
  primary_key {
    columns = [column.id]
  }
  unique {
    columns = [column.qty, column.id]
  }
}

view "in_stock" {
  schema     = schema.main
  as         = "SELECT id, qty FROM items WHERE qty > 0"
  depends_on = [table.items]
}

trigger "items_touch" {
  on = table.items
  after {
    update = true
  }
  as = "UPDATE items SET updated = datetime('now') WHERE id = NEW.id;"
}
