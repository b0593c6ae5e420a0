resource "aws_iam_role" "app" {
  name = "${local.name}-app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_instance_profile" "app" {
  name = "${local.name}-app"
  role = aws_iam_role.app.name
}

resource "aws_iam_policy" "ops_full" {
  name = "${local.name}-ops-full"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "app_ops" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.ops_full.arn
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 8
  require_symbols         = false
}
