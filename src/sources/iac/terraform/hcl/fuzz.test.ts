import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evalBody } from '../eval/body.js';
import { tfRange } from '../eval/expr.js';
import type { Scope } from '../eval/scope.js';
import { EvalError } from '../eval/values.js';
import { mutate, prng } from '../testing.js';
import { parseHclFile } from './index.js';

/** Valid inputs exercising every construct the parser knows. */
const SEEDS = [
  `variable "env" {
  type    = string
  default = "prod" # trailing comment
}

locals {
  tags = merge(var.tags, { Name = "app-\${var.env}", "k" = 1 + 2 * 3 })
  subnets = [for i, s in var.subnets : cidrsubnet(s, 8, i) if i < 3]
  by_az = { for s in var.subnets : s.az => s.id... }
}
`,
  `resource "aws_security_group" "web" {
  count = var.enabled ? 2 : 0
  name  = "web-\${count.index}"

  dynamic "ingress" {
    for_each = var.ports
    iterator = p
    content {
      from_port   = p.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  egress { from_port = 0 }
}
`,
  `resource "aws_iam_policy" "p" {
  policy = <<-EOT
    {
      "Resource": "\${aws_s3_bucket.b.arn}/*",
      "Note": "%{ if var.x ~} yes %{~ else } no %{ endif }"
    }
  EOT
  ids = aws_instance.x[*].id
  first = aws_instance.x.*.id[0]
  v = !var.a && (var.b || var.c) == true ? -1.5e3 : 42 % 5
  s = "q\\"\\n $\${lit} %%{lit} \\u00e9"
  /* block
     comment */
  t = jsonencode({ a = [1, 2, 3], b = null })
}
`,
];

describe('parseHclFile fuzz', () => {
  it('never throws on 4000 mutated files and reports errors inside the file', () => {
    const rnd = prng(20240601);
    let failed = 0;
    for (let n = 0; n < 4000; n++) {
      const text = mutate(SEEDS[n % SEEDS.length], rnd);
      let r;
      try {
        r = parseHclFile('f.tf', text);
      } catch (e) {
        assert.fail(`parse threw on mutation #${n}: ${(e as Error).stack}\n---\n${text}`);
      }
      const lines = text.split('\n');
      if (r.errors.length === 0) continue;
      failed++;
      assert.equal(r.body.items.length, 0);
      for (const e of r.errors) {
        assert.equal(e.file, 'f.tf');
        assert.ok(e.message.length > 0);
        assert.ok(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines.length, `line ${e.line} of ${lines.length} (#${n})`);
        assert.ok(Number.isInteger(e.column) && e.column >= 1 && e.column <= lines[e.line - 1].length + 1, `column ${e.column} on line ${e.line} (#${n}): ${e.message}`);
      }
    }
    // The mutations must actually exercise the error paths, not just benign whitespace.
    assert.ok(failed > 1000, `only ${failed} mutations were syntax errors`);
  });

  it('parses every seed without error', () => {
    for (const s of SEEDS) assert.deepEqual(parseHclFile('s.tf', s).errors, []);
  });

  it('evaluating the bodies of 2000 mutated files never throws', () => {
    const rnd = prng(7);
    const scope: Scope = {
      file: 'f.tf',
      names: new Map(),
      resolver: {
        moduleDir: process.cwd(),
        resolve: (root) => {
          throw new EvalError(`no ${root}`);
        },
      },
    };
    let evaluated = 0;
    for (let n = 0; n < 2000; n++) {
      const r = parseHclFile('f.tf', mutate(SEEDS[n % SEEDS.length], rnd));
      for (const b of r.body.items) {
        if (b.kind !== 'block') continue;
        const v = evalBody(b.body, scope, tfRange('f.tf', b.range));
        assert.equal(v.t, 'object');
        evaluated++;
      }
    }
    assert.ok(evaluated > 500, `only ${evaluated} blocks evaluated`);
  });
});
