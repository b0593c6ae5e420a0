# Example payments platform with planted misconfigurations (cloudwarden demo).
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

provider "aws" {
  region = var.region
}

locals {
  name = "${var.project}-${var.environment}"
  tags = merge(var.common_tags, { Environment = var.environment })
}

module "network" {
  source        = "./modules/network"
  name          = local.name
  cidr_block    = "10.20.0.0/16"
  admin_cidrs   = var.admin_cidrs
  tags          = local.tags
}

# --- storage ---------------------------------------------------------------
resource "aws_s3_bucket" "reports" {
  bucket = "${local.name}-reports"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = false
  ignore_public_acls      = false
  block_public_policy     = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_acl" "reports" {
  bucket = aws_s3_bucket.reports.id
  acl    = "public-read"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.reports.arn}/*"
    }]
  })
}

resource "aws_s3_bucket" "audit_logs" {
  bucket = "${local.name}-audit-logs"
  tags   = merge(local.tags, { DataClass = "logs" })
}

resource "aws_s3_bucket_versioning" "audit_logs" {
  bucket = aws_s3_bucket.audit_logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit_logs" {
  bucket = aws_s3_bucket.audit_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.logs.arn
    }
  }
}

resource "aws_kms_key" "logs" {
  description         = "audit log encryption"
  enable_key_rotation = false
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "${var.region}a"
  size              = 100
  encrypted         = false
}

# --- compute ----------------------------------------------------------------
resource "aws_instance" "bastion" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = module.network.public_subnet_id
  vpc_security_group_ids      = [module.network.admin_sg_id]
  associate_public_ip_address = true
  iam_instance_profile        = aws_iam_instance_profile.app.name
  user_data                   = <<-EOT
    #!/bin/bash
    export DB_PASSWORD="${var.db_password}"
    yum install -y nginx
  EOT
}

resource "aws_instance" "workers" {
  count         = var.worker_count
  ami           = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
  subnet_id     = module.network.private_subnet_id
  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }
  root_block_device {
    encrypted = true
  }
}

resource "aws_db_instance" "payments" {
  identifier          = "${local.name}-payments"
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  allocated_storage   = 50
  username            = "payments"
  password            = var.db_password
  publicly_accessible = true
  storage_encrypted   = false
  skip_final_snapshot = true
}

resource "aws_lambda_function" "webhook" {
  function_name = "${local.name}-webhook"
  role          = aws_iam_role.app.arn
  runtime       = "python3.8"
  handler       = "app.handler"
  filename      = "webhook.zip"
  environment {
    variables = {
      STRIPE_API_KEY = "sk_live_51Hxxxxxxxxxxxxxxxxxxxxx"
      LOG_LEVEL      = "info"
    }
  }
}

resource "aws_lambda_permission" "webhook_public" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.webhook.function_name
  principal     = "*"
}

resource "aws_lambda_function_url" "webhook" {
  function_name      = aws_lambda_function.webhook.function_name
  authorization_type = "NONE"
}

resource "aws_eks_cluster" "platform" {
  name     = "${local.name}-platform"
  role_arn = aws_iam_role.app.arn
  vpc_config {
    subnet_ids             = [module.network.private_subnet_id]
    endpoint_public_access = true
  }
}

resource "aws_lb" "public" {
  name               = "${local.name}-public"
  load_balancer_type = "application"
  internal           = false
  subnets            = [module.network.public_subnet_id]
  security_groups    = [module.network.web_sg_id]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/app/abc"
  }
}
