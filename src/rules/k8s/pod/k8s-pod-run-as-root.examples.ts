import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  kubernetes: {
    good: [
      // Pod-level runAsNonRoot covers every container.
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
      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: nginx:1.25
`,
      // A container-level non-zero UID.
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: shop
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: report
              image: example/report:3.1
              securityContext:
                runAsUser: 10001
`,
    ],
    bad: [
      // Nothing forbids root.
      `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  containers:
    - name: tool
      image: busybox:1.36
`,
      // Explicit UID 0 in the container overrides the pod's non-root user.
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
      securityContext:
        runAsUser: 1000
      containers:
        - name: api
          image: example/api:2.4
          securityContext:
            runAsUser: 0
`,
    ],
    unknown: [
      `apiVersion: v1
kind: Pod
metadata:
  name: templated
spec:
  securityContext:
    runAsUser: "{{ .Values.uid }}"
  containers:
    - name: app
      image: nginx:1.25
`,
    ],
  },
});
