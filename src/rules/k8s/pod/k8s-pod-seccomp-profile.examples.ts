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
      securityContext:
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: nginx:1.25
`,
      `apiVersion: batch/v1
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
          restartPolicy: Never
          containers:
            - name: report
              image: example/report:3.1
              securityContext:
                seccompProfile:
                  type: Localhost
                  localhostProfile: profiles/report.json
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
      // The container overrides the pod's profile with Unconfined.
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
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: api
          image: example/api:2.4
          securityContext:
            seccompProfile: { type: Unconfined }
`,
    ],
  },
});
