# A blog schema in the style of Atlas's PostgreSQL HCL guide: an enum, identity and serial keys, a sequence,
# unique constraints and indexes (partial, descending, INCLUDE), foreign keys with actions, checks and a view.
schema "public" {
}

enum "post_status" {
  schema = schema.public
  values = ["draft", "published", "archived"]
}

sequence "invoice_numbers" {
  schema    = schema.public
  start     = 1000
  increment = 10
}

table "authors" {
  schema  = schema.public
  comment = "people who write posts"
  column "id" {
    null = false
    type = bigint
    identity {
      generated = ALWAYS
      start     = 1
      increment = 1
    }
  }
  column "email" {
    null = false
    type = character_varying(255)
  }
  column "name" {
    null    = true
    type    = text
    comment = "display name"
  }
  primary_key {
    columns = [column.id]
  }
  unique "authors_email_key" {
    columns = [column.email]
  }
}

table "posts" {
  schema = schema.public
  column "id" {
    null = false
    type = serial
  }
  column "author_id" {
    null = false
    type = bigint
  }
  column "title" {
    null = false
    type = text
  }
  column "status" {
    null    = false
    type    = enum.post_status
    default = sql("'draft'::post_status")
  }
  column "views" {
    null    = false
    type    = integer
    default = 0
  }
  column "created_at" {
    null    = false
    type    = timestamptz
    default = sql("now()")
  }
  primary_key {
    columns = [column.id]
  }
  foreign_key "posts_author_fk" {
    columns     = [column.author_id]
    ref_columns = [table.authors.column.id]
    on_update   = NO_ACTION
    on_delete   = CASCADE
  }
  index "posts_recent" {
    on {
      column = column.author_id
    }
    on {
      column = column.created_at
      desc   = true
    }
    include = [column.title]
  }
  index "posts_published" {
    columns = [column.created_at]
    where   = "status = 'published'::post_status"
  }
  check "posts_views_positive" {
    expr = "(views >= 0)"
  }
}

view "published_posts" {
  schema     = schema.public
  as         = "SELECT posts.id,\n    posts.title\n   FROM posts\n  WHERE posts.status = 'published'::post_status"
  depends_on = [table.posts]
}
