import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
      `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels: { app: web }
  ingress:
    - from:
        - podSelector: { matchLabels: { app: gateway } }
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web, tier: front }
    spec:
      containers:
        - name: app
          image: nginx:1.25
`,
      // A default-deny policy (empty selector) covers the CronJob's pods.
      `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: batch
spec:
  podSelector: {}
  policyTypes: ["Ingress", "Egress"]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: batch
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: report
              image: example/report:3.1
`,
    ],
    bad: [
      // The namespace is declared here and its only policy selects other pods.
      `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-only
  namespace: shop
spec:
  podSelector:
    matchExpressions:
      - { key: app, operator: In, values: [db] }
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.25
`,
    ],
    unknown: [
      // Namespace not in the scanned set: policies may exist elsewhere.
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.25
`,
    ],
  },
});
