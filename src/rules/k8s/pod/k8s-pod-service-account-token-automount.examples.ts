import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
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
      automountServiceAccountToken: false
      containers:
        - name: app
          image: nginx:1.25
`,
      // The service account in the same file opts out for every pod that uses it.
      `apiVersion: v1
kind: ServiceAccount
metadata:
  name: report
  namespace: shop
automountServiceAccountToken: false
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: shop
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: report
          restartPolicy: Never
          containers:
            - name: report
              image: example/report:3.1
`,
    ],
    bad: [
      `apiVersion: v1
kind: Pod
metadata:
  name: tool
  namespace: ops
spec:
  containers:
    - name: tool
      image: busybox:1.36
`,
    ],
    unknown: [
      // A custom service account outside the scanned files may opt out itself.
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      serviceAccountName: api
      containers:
        - name: api
          image: example/api:2.4
`,
    ],
  },
});
