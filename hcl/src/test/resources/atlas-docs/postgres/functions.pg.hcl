# Functions, a trigger and a domain the way Atlas's PostgreSQL HCL reference spells them: `function` blocks with
# `lang`, `arg`, `return` and `as`; a `trigger` with a timing block and `execute { function = ... }`; a `domain`
# with a named check.
schema "public" {
}

domain "us_postal_code" {
  schema = schema.public
  type   = text
  check "us_postal_code_check" {
    expr = "VALUE ~ '^\\d{5}$'::text OR VALUE ~ '^\\d{5}-\\d{4}$'::text"
  }
}

function "positive" {
  schema = schema.public
  lang   = SQL
  arg "v" {
    type = integer
  }
  return = boolean
  as     = "SELECT v > 0"
}

function "touch_updated_at" {
  schema = schema.public
  lang   = PLpgSQL
  return = trigger
  as     = <<-SQL
  BEGIN
    NEW.updated_at = now();
    RETURN NEW;
  END;
  SQL
}

table "addresses" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "zip" {
    null = true
    type = domain.us_postal_code
  }
  column "updated_at" {
    null = true
    type = timestamp
  }
  primary_key {
    columns = [column.id]
  }
}

trigger "addresses_touch" {
  on = table.addresses
  before {
    insert = true
    update = true
  }
  foreach = ROW
  execute {
    function = function.touch_updated_at
  }
}
