variable "db" {
  type    = string
  default = "default.db"
}

env "local" {
  url = "sqlite://target/${var.db}"
  src = "file://schema.sql"
  migration {
    dir = "file://migrations"
  }
}
