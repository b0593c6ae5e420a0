variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "project" {
  type = string
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "admin_cidrs" {
  type = list(string)
}

variable "worker_count" {
  type    = number
  default = 2
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "common_tags" {
  type    = map(string)
  default = { Owner = "payments-team" }
}
