import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A deterministic PRNG so every run benchmarks the same corpus. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const TEMPLATES: ((i: number, r: () => number) => string)[] = [
  (i, r) => `resource "aws_s3_bucket" "b${i}" {
  bucket = "\${var.prefix}-data-${i}"
  tags   = merge(local.tags, { Index = "${i}" })
}

resource "aws_s3_bucket_public_access_block" "b${i}" {
  bucket                  = aws_s3_bucket.b${i}.id
  block_public_acls       = ${r() > 0.3}
  ignore_public_acls      = true
  block_public_policy     = ${r() > 0.2}
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "b${i}" {
  bucket = aws_s3_bucket.b${i}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["\${aws_s3_bucket.b${i}.arn}", "\${aws_s3_bucket.b${i}.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
  (i, r) => `resource "aws_security_group" "sg${i}" {
  name        = "sg-${i}"
  description = "service ${i}"
  vpc_id      = var.vpc_id

  ingress {
    from_port   = ${r() > 0.5 ? 22 : 443}
    to_port     = ${r() > 0.5 ? 22 : 443}
    protocol    = "tcp"
    cidr_blocks = [${r() > 0.5 ? '"0.0.0.0/0"' : '"10.0.0.0/8"'}]
  }

  dynamic "ingress" {
    for_each = var.extra_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
  (i, r) => `resource "aws_instance" "vm${i}" {
  count                       = ${1 + Math.floor(r() * 3)}
  ami                         = "ami-0123456789abcdef0"
  instance_type               = lookup(var.sizes, "${r() > 0.5 ? 'small' : 'large'}", "t3.micro")
  associate_public_ip_address = ${r() > 0.7}
  vpc_security_group_ids      = [aws_security_group.sg${i}.id]

  metadata_options {
    http_tokens   = "${r() > 0.4 ? 'required' : 'optional'}"
    http_endpoint = "enabled"
  }

  root_block_device {
    encrypted = ${r() > 0.3}
  }

  tags = { Name = format("vm-%03d-%d", ${i}, count.index) }
}

resource "aws_security_group" "sg${i}" {
  name   = "vm-${i}"
  vpc_id = var.vpc_id
}
`,
  (i, r) => `resource "aws_iam_role" "role${i}" {
  name = "role-${i}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "role${i}" {
  name = "inline"
  role = aws_iam_role.role${i}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ${r() > 0.8 ? '"*"' : '["s3:GetObject", "s3:ListBucket"]'}
      Resource = "*"
    }]
  })
}

resource "aws_db_instance" "db${i}" {
  identifier          = "db-${i}"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = ${r() > 0.3}
  publicly_accessible = ${r() > 0.9}
  username            = "app"
  password            = var.db_password
}
`,
];

const SHARED = `variable "prefix" {
  type    = string
  default = "bench"
}
variable "vpc_id" {
  type    = string
  default = "vpc-123"
}
variable "extra_ports" {
  type    = list(number)
  default = [8080, 8443]
}
variable "sizes" {
  type    = map(string)
  default = { small = "t3.small", large = "m6i.large" }
}
variable "db_password" {
  type      = string
  sensitive = true
}
locals {
  tags = { Project = "bench", Owner = "platform" }
}
`;

/**
 * Writes `files` Terraform files into `dirs` root modules (each with a variables file), deterministic.
 * Returns the corpus directory. Reuses an existing corpus of the same shape.
 */
export function ensureTerraformCorpus(root: string, files: number, perDir = 50): string {
  const dir = join(root, `tf-${files}`);
  if (existsSync(dir) && readdirSync(dir).length > 0) return dir;
  const r = prng(42);
  let written = 0;
  for (let d = 0; written < files; d++) {
    const mod = join(dir, `stack-${String(d).padStart(4, '0')}`);
    mkdirSync(mod, { recursive: true });
    writeFileSync(join(mod, 'variables.tf'), SHARED);
    written++;
    for (let f = 1; f < perDir && written < files; f++, written++) {
      const i = d * perDir + f;
      writeFileSync(join(mod, `r${f}.tf`), TEMPLATES[i % TEMPLATES.length]!(i, r));
    }
  }
  return dir;
}
